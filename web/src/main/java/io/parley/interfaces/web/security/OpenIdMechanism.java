package io.parley.interfaces.web.security;

import io.parley.domain.model.user.IdentitySource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.PassivationCapable;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * {@code parley.identity=oidc}: Payara's OpenID Connect mechanism ({@link OpenIdSignIn}), made Parley's. Payara
 * registers its mechanism as a synthetic bean, which CDI does not decorate, and it validates the tokens with the
 * container's own identity store handler rather than {@link SignInGate}; the tests showed both (no session of Parley's,
 * the provider's group names as roles, API tokens refused). This managed bean takes its place (an alternative, so
 * Jakarta Security picks it) and hands every request to Payara's: {@link SignedInSessions} and
 * {@link BearerTokensOnApi} decorate it as they do the form mechanism, and a person Payara has just signed in (state,
 * nonce and ID token checked) goes through the gate, so the container sees Parley's roles only, or the no-access page.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
@ForIdentity(IdentitySource.OIDC)
public class OpenIdMechanism implements HttpAuthenticationMechanism {

    /** The id under which Payara's OpenID extension registers its mechanism. */
    static final String PAYARA_MECHANISM = "/OpenIdAuthenticationMechanism";

    @Inject
    private BeanManager beans;

    @Inject
    private SignInGate gate;

    private HttpAuthenticationMechanism payara;

    @PostConstruct
    void findPayarasMechanism() {
        Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                .filter(candidate -> candidate instanceof PassivationCapable capable
                        && capable.getId().endsWith(PAYARA_MECHANISM))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Payara's OpenID Connect mechanism is not active: is OpenIdSignIn vetoed?"));
        payara = (HttpAuthenticationMechanism)
                beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        AuthenticationStatus status = payara.validateRequest(request, response, context);
        if (status != AuthenticationStatus.SUCCESS || context.getCallerPrincipal() == null) {
            return status; // nobody signed in on this request (a redirect to the provider, a public page, a refusal)
        }
        Set<String> groups = context.getGroups() == null ? Set.of() : context.getGroups();
        CredentialValidationResult admitted = gate.admit(
                new CredentialValidationResult(context.getCallerPrincipal().getName(), groups));
        context.cleanClientSubject(); // the provider's group names are no roles in Parley
        context.setRegisterSession(admitted.getCallerPrincipal().getName(), admitted.getCallerGroups());
        return context.notifyContainerAboutLogin(admitted);
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return payara.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        payara.cleanSubject(request, response, context);
    }
}
