package io.parley.it.incontainer;

import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test data: interviewers beyond the six demo users, created once and reused (tests never count users). */
@Stateless
@PermitAll
public class TestUsers {

    @Inject
    private UserRepository users;

    /** The usernames {@code panel-1} to {@code panel-n}, each an interviewer that exists after this call. */
    public List<String> interviewers(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(user("panel-" + i, "Panel Member " + i, true, Role.INTERVIEWER));
        }
        return names;
    }

    /** A user with exactly these roles, created once; {@code active} false as an identity store sync leaves a leaver. */
    public String user(String username, String displayName, boolean active, Role... roles) {
        if (users.find(username).isEmpty()) {
            AppUser user =
                    new AppUser(username, displayName, username + "@parley.example", "not-a-login", Set.of(roles));
            if (!active) {
                user.retire(Instant.now());
            }
            users.store(user);
        }
        return username;
    }
}
