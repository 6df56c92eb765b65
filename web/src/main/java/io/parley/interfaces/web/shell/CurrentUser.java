package io.parley.interfaces.web.shell;

import io.parley.application.user.UserDirectory;
import io.parley.domain.model.user.ActiveUser;
import io.parley.domain.model.user.Role;
import io.parley.interfaces.web.security.SignedInSessions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/** The signed-in user as the layout shows them: name, roles and what the navigation may offer. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private UserDirectory directory;

    @Inject
    private HttpServletRequest request;

    /** Asked once per request: each question to the container's security context goes through its policy. */
    private boolean asked;

    private Principal principal;
    private List<String> roles = List.of();
    private String displayName = "";

    public boolean isSignedIn() {
        return caller() != null;
    }

    public String getUsername() {
        Principal caller = caller();
        return caller == null ? "" : caller.getName();
    }

    private Principal caller() {
        ask();
        return principal;
    }

    /**
     * The caller from the container, once per request; name and roles as the session's authentication read them from
     * the database on this request ({@link SignedInSessions#CURRENT}: changed on any server, they show at once), or
     * asked here on the request that signs in.
     */
    private void ask() {
        if (asked) {
            return;
        }
        asked = true;
        principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return;
        }
        String username = principal.getName();
        if (request.getAttribute(SignedInSessions.CURRENT) instanceof ActiveUser current
                && current.username().equals(username)) {
            roles = Arrays.stream(Role.values())
                    .filter(current.roles()::contains)
                    .map(Role::groupName)
                    .toList();
            displayName = current.displayName();
            return;
        }
        roles = Arrays.stream(Role.values())
                .map(Role::groupName)
                .filter(securityContext::isCallerInRole)
                .toList();
        displayName = directory.displayName(username).orElse(username);
    }

    public String getDisplayName() {
        ask();
        return displayName;
    }

    /** The user's roles in the order of SPEC.md, as group names (the bundles translate them). */
    public List<String> getRoles() {
        ask();
        return roles;
    }

    /** Recruiters and hr-admins plan interviews. */
    public boolean isPlanner() {
        return getRoles().contains(Role.RECRUITER_GROUP) || isHrAdmin();
    }

    /** Recruiters (with the lead) edit agendas. */
    public boolean isRecruiter() {
        return getRoles().contains(Role.RECRUITER_GROUP);
    }

    public boolean isHrAdmin() {
        return getRoles().contains(Role.HR_ADMIN_GROUP);
    }
}
