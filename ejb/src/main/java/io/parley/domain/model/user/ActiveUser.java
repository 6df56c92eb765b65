package io.parley.domain.model.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An active person as the database says at this moment: the name pages show and the roles they hold (none when HR took
 * every role). Read on every request of a signed-in session, so that a change made on any server counts at once.
 */
public record ActiveUser(String username, String displayName, Set<Role> roles) {

    public ActiveUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Whether they may use Parley: at least one role. */
    public boolean hasAccess() {
        return !roles.isEmpty();
    }
}
