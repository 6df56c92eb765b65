package io.parley.interfaces.web.security;

import fish.payara.security.openid.api.OpenIdConstant;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Where the OpenID Connect provider sends the browser back ({@code parley.oidc.redirect-uri}, by default
 * {@code <Parley's address>/oidc/callback}). Payara's mechanism handles the code before this servlet runs; the servlet
 * then continues to the page the person first asked for (a deep link from the ATS, an e-mail or the portal), which
 * Payara kept in the session, or to the start page. Only an address inside Parley is followed (no open redirect).
 */
@WebServlet(urlPatterns = "/" + OpenIdCallback.PATH)
public class OpenIdCallback extends HttpServlet {

    static final String PATH = "oidc/callback";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> asked =
                Optional.ofNullable(request.getSession(false)).map(session -> takeOriginalRequest(session));
        String home = request.getContextPath() + "/";
        response.sendRedirect(
                asked.flatMap(url -> insideParley(url, parleyBase(request))).orElse(home));
    }

    private static String takeOriginalRequest(HttpSession session) {
        Object url = session.getAttribute(OpenIdConstant.ORIGINAL_REQUEST);
        session.removeAttribute(OpenIdConstant.ORIGINAL_REQUEST);
        return url instanceof String text ? text : null;
    }

    /** Scheme, host, port and context path of this request, ending with a slash. */
    static String parleyBase(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        String origin = url.substring(0, url.length() - request.getRequestURI().length());
        return origin + request.getContextPath() + "/";
    }

    /** The asked-for address when it lies under {@code base} and is not this callback itself. */
    static Optional<String> insideParley(String asked, String base) {
        if (asked == null
                || !asked.startsWith(base)
                || asked.startsWith(base + PATH)
                || asked.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(asked);
    }
}
