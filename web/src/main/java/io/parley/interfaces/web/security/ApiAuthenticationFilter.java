package io.parley.interfaces.web.security;

import io.parley.application.token.TokenIdentity;
import io.parley.interfaces.rest.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Lets an API request through only when {@link BearerTokensOnApi} authenticated it by its
 * {@code Authorization: Bearer} token (so the services see the token's caller and roles); otherwise the answer is
 * {@code 401} with problem details, as it is for a SCIM token (it reaches {@code /scim/v2} only). API calls never keep
 * a session.
 */
@WebFilter(filterName = "apiAuthentication", urlPatterns = "/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (BearerTokensOnApi.token(request) == null) {
            unauthorized(response, "Send an API token as 'Authorization: Bearer <token>'.");
            return;
        }
        if (request.getUserPrincipal() == null) {
            unauthorized(response, "The API token is not valid or has been revoked.");
            return;
        }
        if (request.isUserInRole(TokenIdentity.SCIM_GROUP)) {
            unauthorized(response, "A SCIM token reaches the SCIM service (/scim/v2) only.");
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null && !hadSession) {
                session.invalidate();
            }
        }
    }

    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setHeader("WWW-Authenticate", "Bearer realm=\"parley\"");
        Problem.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }
}
