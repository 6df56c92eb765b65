package io.parley.application.user;

import io.parley.domain.model.user.Role;
import java.util.Set;

/** What a sign-in that the identity source accepted leads to in Parley. */
public record SignInOutcome(Status status, Set<Role> roles) {

    public enum Status {
        /** Signed in with at least one role. */
        ADMITTED,
        /** Known to the directory, but in none of the groups that give a Parley role. */
        NO_ACCESS,
        /** A leaver: retired by SCIM or on the people page. */
        RETIRED
    }

    public SignInOutcome {
        roles = Set.copyOf(roles);
        if ((status == Status.ADMITTED) == roles.isEmpty()) {
            throw new IllegalArgumentException(status + " with roles " + roles);
        }
    }

    public static SignInOutcome admitted(Set<Role> roles) {
        return roles.isEmpty() ? noAccess() : new SignInOutcome(Status.ADMITTED, roles);
    }

    public static SignInOutcome noAccess() {
        return new SignInOutcome(Status.NO_ACCESS, Set.of());
    }

    public static SignInOutcome retired() {
        return new SignInOutcome(Status.RETIRED, Set.of());
    }

    public boolean admitted() {
        return status == Status.ADMITTED;
    }
}
