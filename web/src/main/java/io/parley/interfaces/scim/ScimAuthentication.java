package io.parley.interfaces.scim;

import io.parley.application.token.TokenIdentity;
import io.parley.interfaces.web.security.BearerTokensOnApi;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Lets a SCIM request through only with a valid SCIM token ({@code Authorization: Bearer}, checked by
 * {@link BearerTokensOnApi} for this request alone): none or an invalid one is {@code 401}, a valid token of
 * another kind (the ATS's, a personal one) {@code 403}, both as SCIM error objects. No session is kept.
 */
@WebFilter(filterName = "scimAuthentication", urlPatterns = "/scim/*")
public class ScimAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (BearerTokensOnApi.token(request) == null) {
            refuse(response, 401, "Send the SCIM token as 'Authorization: Bearer <token>'.");
            return;
        }
        if (request.getUserPrincipal() == null) {
            refuse(response, 401, "The token is not valid or has been revoked.");
            return;
        }
        if (!request.isUserInRole(TokenIdentity.SCIM_GROUP)) {
            refuse(response, 403, "This is not a SCIM token. An hr-admin creates one on their profile page.");
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

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"parley-scim\"");
        }
        ScimServlet.write(response, status, ScimJson.error(status, null, detail));
    }
}
