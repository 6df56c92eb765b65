package io.parley.interfaces.web.security;

import io.parley.application.user.SignInOutcome;
import io.parley.application.user.SignIns;
import io.parley.domain.model.user.ActiveUser;
import io.parley.domain.model.user.Role;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sessions of signed-in people, and who may have one. A sign-in the identity source accepted but Parley refuses
 * (retired, or in no Parley group: see {@link SignInGate}) ends on the no-access page, which says why and whom to
 * ask, without a session. A session goes on only while its person is active: HR retiring them (people page, SCIM)
 * ends it at their next request, on any server.
 *
 * <p>A signed-in browser session keeps its caller in the session, and every request of it hands the caller and the
 * roles the database gives them now to the container: roles and name changed by HR, SCIM or a later sign-in count from
 * the next request, on every server (one indexed read per request, as the retired check was before). The form mechanism's own "auto apply session" hands over the caller only and lets Payara find the
 * groups again, which under load sometimes came back empty: the load benchmark saw one page in a few hundred fail
 * with "Client not authorized" from an EJB right after signing in (Payara issue 6145). Signing in itself, the
 * redirect to the login page and back to the page asked for stay with the form mechanism.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 20)
public abstract class SignedInSessions implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = SignedInSessions.class.getName();

    /**
     * The request attribute with the signed-in person as the database says now ({@link ActiveUser}: name and roles),
     * for the layout, which need not ask again.
     */
    public static final String CURRENT = SignedInSessions.class.getName() + ".current";

    private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Inject
    private SignInAttempt attempt;

    @EJB
    private SignIns signIns;

    /**
     * Who signed in, with the groups the identity stores gave at that moment: those count for style sheets and scripts
     * only; every page and call takes the roles of the moment ({@link SignIns#current}).
     */
    record SignedIn(String caller, Set<String> groups) implements Serializable {
        SignedIn {
            groups = Set.copyOf(groups);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (!context.isAuthenticationRequest()) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
                if (isResource(request)) {
                    return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.caller()), signedIn.groups());
                }
                Optional<ActiveUser> current = signIns.current(signedIn.caller());
                if (current.isEmpty() || !current.get().hasAccess()) {
                    session.invalidate();
                    return NoAccess.show(
                            request,
                            response,
                            context,
                            current.isEmpty() ? SignInOutcome.Status.RETIRED : SignInOutcome.Status.NO_ACCESS);
                }
                request.setAttribute(CURRENT, current.get());
                Set<String> groups =
                        current.get().roles().stream().map(Role::groupName).collect(Collectors.toSet());
                return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.caller()), groups);
            }
        }
        AuthenticationStatus status;
        try {
            status = delegate.validateRequest(request, response, context);
        } catch (IllegalStateException refused) {
            // Payara's OpenID Connect store refuses an ID token whose signature, issuer, audience, expiry or nonce is
            // wrong by throwing: no session, and a page that says signing in failed rather than a server error
            LOG.log(Level.WARNING, "sign-in refused: {0}", refused.getMessage());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return NoAccess.failed(request, response, context);
        }
        Optional<SignInOutcome> refused = attempt.outcome().filter(outcome -> !outcome.admitted());
        if (refused.isPresent()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return NoAccess.show(request, response, context, refused.get().status());
        }
        boolean signedInNow = attempt.outcome().isPresent(); // the gate admitted someone on this request
        if (signedInNow
                && context.getCallerPrincipal() != null
                && (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE)) {
            request.getSession(true);
            request.changeSessionId(); // a new session id for the signed-in user (session fixation)
            request.getSession()
                    .setAttribute(
                            SIGNED_IN, new SignedIn(context.getCallerPrincipal().getName(), context.getGroups()));
        }
        return status;
    }

    /** Style sheets, scripts and fonts: whoever asks may have them, so a retired person's session is ended by pages. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }
}
