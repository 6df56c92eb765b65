package io.parley.interfaces.web.security;

import fish.payara.security.openid.api.Claims;
import fish.payara.security.openid.api.OpenIdContext;
import io.parley.domain.model.user.DirectoryProfile;
import io.parley.domain.model.user.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code parley.identity=oidc}: what the provider says about the person Payara's OpenID Connect store has just
 * validated, read from the claims in Payara's {@link OpenIdContext}: the user name (the caller name, from
 * {@code parley.oidc.username-claim}), the name shown ({@code parley.oidc.name-claim}), {@code email}, and the flat
 * groups claim ({@code parley.oidc.groups-claim}, which Payara's store read). A claim is taken from the ID token first,
 * then from the userinfo endpoint.
 */
@ApplicationScoped
@ForIdentity(IdentitySource.OIDC)
public class OpenIdProfiles implements DirectoryProfiles {

    static final String EMAIL = "email";

    @Inject
    private OpenIdContext context;

    @Inject
    private OpenIdSettings settings;

    @Override
    public Optional<DirectoryProfile> profileOf(CredentialValidationResult validated) {
        List<Supplier<Claims>> sources =
                List.of(() -> context.getIdentityToken().getJwtClaims(), context::getClaims);
        return Optional.of(profile(validated, sources, settings.getNameClaim()));
    }

    /** The profile from the first source that has each claim (a source that fails to answer is skipped). */
    static DirectoryProfile profile(
            CredentialValidationResult validated, List<Supplier<Claims>> sources, String nameClaim) {
        String username = validated.getCallerPrincipal().getName();
        String displayName = claim(sources, nameClaim).orElse(null);
        return new DirectoryProfile(username, displayName, claim(sources, EMAIL), validated.getCallerGroups());
    }

    private static Optional<String> claim(List<Supplier<Claims>> sources, String name) {
        for (Supplier<Claims> source : sources) {
            Optional<String> value = read(source, name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> read(Supplier<Claims> source, String name) {
        try {
            Claims claims = source.get();
            return claims == null
                    ? Optional.empty()
                    : claims.getStringClaim(name).map(String::strip).filter(value -> !value.isEmpty());
        } catch (RuntimeException unavailable) { // e.g. no userinfo endpoint
            return Optional.empty();
        }
    }
}
