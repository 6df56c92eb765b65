package io.parley.infrastructure.ats;

import io.parley.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

/**
 * Where the ATS wants events: an http(s) URL and the shared secret the bodies are signed with. The secret is kept
 * as given (it signs every delivery, so it cannot be hashed) and is never shown again after registration.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    public static final int MIN_SECRET = 16;
    public static final int MAX_SECRET = 200;
    public static final int MAX_URL = 2000;

    @Id
    @SequenceGenerator(name = "webhook_endpoint_seq", sequenceName = "webhook_endpoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_endpoint_seq")
    private Long id;

    @Column(name = "url", nullable = false, length = MAX_URL)
    private String url;

    @Column(name = "secret", nullable = false, length = MAX_SECRET)
    private String secret;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    protected WebhookEndpoint() {
        // for JPA
    }

    public WebhookEndpoint(String url, String secret, String by, Instant at) {
        this.url = checkedUrl(url);
        if (secret == null
                || secret.strip().length() < MIN_SECRET
                || secret.strip().length() > MAX_SECRET) {
            throw new DomainException("webhook.secretLength", MIN_SECRET, MAX_SECRET);
        }
        this.secret = secret.strip();
        this.createdBy = by;
        this.createdAt = at;
        this.active = true;
    }

    private static String checkedUrl(String url) {
        String text = url == null ? "" : url.strip();
        try {
            URI uri = new URI(text);
            if (text.length() > MAX_URL
                    || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new DomainException("webhook.urlInvalid", text);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new DomainException("webhook.urlInvalid", text);
        }
    }

    public void deactivate() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean active() {
        return active;
    }
}
