package io.parley.interfaces.web.security;

import io.parley.interfaces.rest.Problem;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Authenticates every API request by its {@code Authorization: Bearer} token, through the application's
 * authentication mechanism and {@link TokenIdentityStore}, so the services see the token's caller and roles.
 * Without a valid token the answer is {@code 401} with problem details; API calls never keep a session.
 */
@WebFilter(filterName = "apiAuthentication", urlPatterns = "/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    @Inject
    private SecurityContext security;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(response, "Send an API token as 'Authorization: Bearer <token>'.");
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        try {
            AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                    .newAuthentication(true)
                    .credential(new BearerCredential(header.substring(BEARER.length()).strip())));
            if (status != AuthenticationStatus.SUCCESS) {
                unauthorized(response, "The API token is not valid or has been revoked.");
                return;
            }
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
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"parley\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"" + detail + "\"}");
    }
}
