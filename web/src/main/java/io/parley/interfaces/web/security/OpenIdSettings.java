package io.parley.interfaces.web.security;

import io.parley.domain.model.user.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parley's OpenID Connect settings ({@code parley.oidc.*}, MicroProfile Config, so {@code PARLEY_OIDC_ISSUER} in the
 * environment works too), which {@link OpenIdSignIn}'s annotation reads through EL when Payara builds its
 * configuration at the first sign-in. Payara's own {@code payara.security.openid.*} keys, where set, still win.
 */
@Named("openIdSettings")
@ApplicationScoped
@ForIdentity(IdentitySource.OIDC)
public class OpenIdSettings {

    /** What Payara turns into the callback address: {@code ${baseURL}} is the scheme, host and context path. */
    public static final String DEFAULT_REDIRECT_URI = "${baseURL}/" + OpenIdCallback.PATH;

    /** Where the provider sends the browser after signing out there; register it as a post-logout redirect URI. */
    public static final String DEFAULT_POST_LOGOUT_REDIRECT_URI = "${baseURL}/login.xhtml";

    @Inject
    @ConfigProperty(name = "parley.oidc.issuer")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "parley.oidc.client-id")
    private Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "parley.oidc.client-secret")
    private Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "parley.oidc.redirect-uri", defaultValue = DEFAULT_REDIRECT_URI)
    private String redirectUri;

    @Inject
    @ConfigProperty(name = "parley.oidc.post-logout-redirect-uri", defaultValue = DEFAULT_POST_LOGOUT_REDIRECT_URI)
    private String postLogoutRedirectUri;

    @Inject
    @ConfigProperty(name = "parley.oidc.scopes", defaultValue = "openid profile email")
    private String scopes;

    @Inject
    @ConfigProperty(name = "parley.oidc.groups-claim", defaultValue = "groups")
    private String groupsClaim;

    @Inject
    @ConfigProperty(name = "parley.oidc.name-claim", defaultValue = "name")
    private String nameClaim;

    @Inject
    @ConfigProperty(name = "parley.oidc.username-claim", defaultValue = "preferred_username")
    private String usernameClaim;

    /** The issuer; Payara reads its {@code /.well-known/openid-configuration}. */
    public String getIssuer() {
        return required(issuer, "parley.oidc.issuer");
    }

    public String getClientId() {
        return required(clientId, "parley.oidc.client-id");
    }

    public String getClientSecret() {
        return required(clientSecret, "parley.oidc.client-secret");
    }

    public String getRedirectUri() {
        return redirectUri.strip();
    }

    public String getPostLogoutRedirectUri() {
        return postLogoutRedirectUri.strip();
    }

    /** Space-separated, as the provider expects them; Payara adds {@code openid} if it is missing. */
    public String getScopes() {
        return String.join(" ", scopes.strip().split("[\\s,]+"));
    }

    public String getGroupsClaim() {
        return groupsClaim.strip();
    }

    public String getNameClaim() {
        return nameClaim.strip();
    }

    public String getUsernameClaim() {
        return usernameClaim.strip();
    }

    private static String required(Optional<String> value, String key) {
        return value.map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElseThrow(() -> new IllegalStateException(
                        key + " must be set when parley.identity=oidc (see docs/operations.md)"));
    }
}
