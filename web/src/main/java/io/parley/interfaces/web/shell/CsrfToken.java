package io.parley.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.IntStream;

/**
 * The session's token against cross-site request forgery for the pages' script calls that are not Faces posts (Faces
 * posts carry their view state). A page renders it ({@code #{csrf.token}}); the script sends it back in the
 * {@value #HEADER} header; the servlet refuses a call without it. One random token per session, kept in the session
 * (so it is replicated with it).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String HEADER = "X-Parley-Csrf";
    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Striped locks, so that two first requests of one session make one token, not two. */
    private static final Object[] LOCKS =
            IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    @Inject
    private HttpServletRequest request;

    public String getToken() {
        return of(request.getSession());
    }

    /** The session's token, made on first use. */
    public static String of(HttpSession session) {
        synchronized (LOCKS[Math.floorMod(session.getId().hashCode(), LOCKS.length)]) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String known) {
                return known;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, made);
            return made;
        }
    }

    /** Whether the request carries its session's token (compared in constant time). */
    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String given = request.getHeader(HEADER);
        if (session == null || given == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
