package io.parley.interfaces.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * API requests ({@code /api/*}) and SCIM provisioning requests ({@code /scim/*}) are authenticated by their bearer token alone, for that request only: the form
 * mechanism, which would apply a signed-in browser session's user, never sees them. Without a valid token the
 * request stays anonymous and {@link ApiAuthenticationFilter} (or the SCIM service's own filter) answers 401.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class BearerTokensOnApi implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (!isApi(request)) {
            return delegate.validateRequest(request, response, context);
        }
        String token = token(request);
        if (token == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(new BearerCredential(token));
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : context.doNothing();
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context + "/api/") || uri.startsWith(context + "/scim/");
    }

    /** The bearer token of the request, or {@code null} when it carries none. */
    public static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
