package io.parley.interfaces.web.security;

import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.SignInPolicy;
import io.parley.interfaces.web.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * The login form: hands the credentials to the container's authentication mechanism. With OpenID Connect there is no
 * password to check here; the page offers the company sign-in instead and a posted form is refused.
 */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private Messages messages;

    @Inject
    private SignInPolicy policy;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        if (isCompanyAccount()) { // no password is checked here: people sign in at the company's provider
            password = null;
            messages.error(null, "login.failed");
            return;
        }
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            default -> messages.error(null, "login.failed");
        }
    }

    /** Whether people sign in at the company's OpenID Connect provider, so the page shows no password form. */
    public boolean isCompanyAccount() {
        return policy.source() == IdentitySource.OIDC;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
