package io.parley.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The "your session expired" page: the layout's idle monitor sends a tab here when the session's inactivity
 * time is up. Whatever is left of the session is ended, so the page never lies about being signed out.
 */
@Named
@RequestScoped
public class SessionExpiry {

    @Inject
    private FacesContext facesContext;

    public void signOut() throws ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        external.invalidateSession();
    }
}
