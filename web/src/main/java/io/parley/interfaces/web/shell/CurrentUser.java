package io.parley.interfaces.web.shell;

import io.parley.application.user.UserDirectory;
import io.parley.domain.model.user.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
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

    private String displayName;
    /** Asked once per request: each question to the container's security context goes through its policy. */
    private boolean asked;
    private Principal principal;
    private List<String> roles = List.of();

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

    private void ask() {
        if (!asked) {
            asked = true;
            principal = securityContext.getCallerPrincipal();
            if (principal != null) {
                roles = Arrays.stream(Role.values()).map(Role::groupName).filter(securityContext::isCallerInRole)
                        .toList();
            }
        }
    }

    public String getDisplayName() {
        if (displayName == null) {
            String username = getUsername();
            displayName = username.isEmpty() ? "" : directory.displayName(username).orElse(username);
        }
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

    public boolean isHrAdmin() {
        return getRoles().contains(Role.HR_ADMIN_GROUP);
    }
}
