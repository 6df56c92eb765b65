package io.parley.interfaces.web.security;

import fish.payara.security.annotations.ClaimsDefinition;
import fish.payara.security.annotations.LogoutDefinition;
import fish.payara.security.annotations.OpenIdAuthenticationDefinition;
import io.parley.domain.model.user.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code parley.identity=oidc}: people sign in at the company's OpenID Connect provider (authorization code flow)
 * through Payara's own mechanism, which checks state, nonce and the ID token's signature, issuer, audience and expiry.
 * Its settings come from {@link OpenIdSettings} through EL ({@code parley.oidc.*}); the provider sends the browser back
 * to {@link OpenIdCallback}, which continues to the page first asked for. {@link SignInGate} then creates or updates
 * the person from the claims ({@link OpenIdProfiles}) and gives Parley's roles; {@link SignedInSessions} keeps them in
 * the session. Signing out ({@link LogoutBean}) also ends the provider's session where it offers
 * {@code end_session_endpoint}.
 */
@ApplicationScoped
@ForIdentity(IdentitySource.OIDC)
@OpenIdAuthenticationDefinition(
        providerURI = "#{openIdSettings.issuer}",
        clientId = "#{openIdSettings.clientId}",
        clientSecret = "#{openIdSettings.clientSecret}",
        redirectURI = "#{openIdSettings.redirectUri}",
        scope = "#{openIdSettings.scopes}",
        claimsDefinition =
                @ClaimsDefinition(
                        callerNameClaim = "#{openIdSettings.usernameClaim}",
                        callerGroupsClaim = "#{openIdSettings.groupsClaim}"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "#{openIdSettings.postLogoutRedirectUri}"))
public class OpenIdSignIn {}
