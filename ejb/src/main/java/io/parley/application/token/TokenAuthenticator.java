package io.parley.application.token;

import io.parley.domain.model.token.ApiToken;
import io.parley.domain.model.token.TokenKind;
import io.parley.domain.model.token.TokenRepository;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a bearer token: an active token whose owner (for a personal token) is an active user. Records when it
 * was last used. Called by the authentication mechanism before anyone is signed in, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class TokenAuthenticator {

    public static final int MAX_TOKEN_LENGTH = 200;

    @Inject
    private TokenRepository tokens;

    @Inject
    private UserRepository users;

    public Optional<TokenIdentity> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.findActiveByHash(ApiToken.hash(secret.strip()));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        ApiToken found = token.get();
        Optional<TokenIdentity> identity;
        if (found.kind() == TokenKind.ATS) {
            identity = Optional.of(new TokenIdentity(ApiToken.ATS_CALLER, Set.of(Role.ATS_GROUP)));
        } else if (found.kind() == TokenKind.SCIM) {
            identity = Optional.of(new TokenIdentity(ApiToken.SCIM_CALLER, Set.of(TokenIdentity.SCIM_GROUP)));
        } else {
            identity = found.username()
                    .flatMap(users::find)
                    .filter(AppUser::active)
                    .map(user -> new TokenIdentity(
                            user.username(),
                            user.roles().stream().map(Role::groupName).collect(Collectors.toSet())));
        }
        Instant now = Instant.now();
        if (identity.isPresent() && found.lastUseOutdated(now)) {
            tokens.recordUse(found.idValue(), now); // an UPDATE only about once a minute, not on every call
        }
        return identity;
    }
}
