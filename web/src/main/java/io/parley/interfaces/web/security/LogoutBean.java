package io.parley.interfaces.web.security;

import fish.payara.security.openid.api.OpenIdContext;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.SignInPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs out through a POST (the layout's form) and ends the session. With OpenID Connect, Payara's context also ends
 * the provider's session: it sends the browser to the provider's {@code end_session_endpoint} with the ID token as
 * {@code id_token_hint} and {@code post_logout_redirect_uri} (Parley's login page), where the provider offers one;
 * otherwise straight to that page. Without this, the next visit would sign the person in again unasked.
 */
@Named
@RequestScoped
public class LogoutBean {

    @Inject
    private FacesContext facesContext;

    @Inject
    private SignInPolicy policy;

    @Inject
    private Instance<OpenIdContext> openId;

    public void logout() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (policy.source() == IdentitySource.OIDC && openId.isResolvable()) {
            openId.get().logout(request, (HttpServletResponse) external.getResponse());
            facesContext.responseComplete();
            return;
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
