package io.parley.domain.model.token;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A bearer token for the API. Only the SHA-256 hash of the secret is kept (the secret has 256 random bits, so a
 * fast hash is enough); the secret is returned once, when the token is issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final String ATS_CALLER = "ats";
    /** The caller name of a SCIM token (the directory's provisioning client). */
    public static final String SCIM_CALLER = "scim";
    /** The last use is kept to the minute: recording every call would write on every API request. */
    public static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private TokenKind kind;

    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ApiToken() {
        // for JPA
    }

    private ApiToken(String secret, String name, TokenKind kind, String username, String by, Instant now) {
        this.hash = hash(secret);
        this.name = Texts.required(name, 120, "token name");
        this.kind = kind;
        this.username = kind == TokenKind.PERSONAL ? Texts.required(username, 64, "username") : null;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** A new token with a fresh secret; the secret is in the result and nowhere else. */
    public static Issued issue(String name, TokenKind kind, String username, String by, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "prl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new ApiToken(secret, name, kind, username, by, now), secret);
    }

    /** A token with a secret chosen by the caller: only for the demo tokens of the embedded default. */
    public static ApiToken withKnownSecret(String secret, String name, TokenKind kind, String username, Instant now) {
        return new ApiToken(secret, name, kind, username, "demo-data", now);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new DomainException("token.revoked");
        }
        this.revokedAt = now;
    }

    public boolean active() {
        return revokedAt == null;
    }

    /** Who calls with this token: its user, {@code ats} for an ATS token, {@code scim} for a SCIM token. */
    public String caller() {
        if (kind == TokenKind.ATS) {
            return ATS_CALLER;
        }
        return kind == TokenKind.SCIM ? SCIM_CALLER : username;
    }

    public Long idValue() {
        return id;
    }

    public String name() {
        return name;
    }

    public TokenKind kind() {
        return kind;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether a use at {@code now} should be recorded: never used, or last used longer ago than the precision. */
    public boolean lastUseOutdated(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USE_PRECISION));
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    /** A token as issued: the entity to store and the secret to show once. */
    public record Issued(ApiToken token, String secret) {}
}
