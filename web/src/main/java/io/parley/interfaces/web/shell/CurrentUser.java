package io.parley.interfaces.web.shell;

import io.parley.application.user.UserDirectory;
import io.parley.domain.model.user.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
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

    /** Where a signed-in session keeps what the layout shows of its user. */
    private static final String KEPT = CurrentUser.class.getName();

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
     * The caller from the container on every request; roles and display name once per signed-in session: the
     * groups a session hands to the container are fixed at sign-in (SignedInSessions), and asking the container
     * costs a policy check per role, the name a query, on every page. A name changed in the directory shows from
     * the next sign-in on.
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
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(KEPT) instanceof Kept kept
                && kept.username().equals(username)) {
            roles = kept.roles();
            displayName = kept.displayName();
            return;
        }
        roles = Arrays.stream(Role.values())
                .map(Role::groupName)
                .filter(securityContext::isCallerInRole)
                .toList();
        displayName = directory.displayName(username).orElse(username);
        if (session != null) {
            session.setAttribute(KEPT, new Kept(username, roles, displayName));
        }
    }

    public String getDisplayName() {
        ask();
        return displayName;
    }

    /** What the session keeps of its user (sessions may be replicated: serializable). */
    record Kept(String username, List<String> roles, String displayName) implements Serializable {
        Kept {
            roles = List.copyOf(roles);
        }
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
