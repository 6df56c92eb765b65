package io.parley.domain.model.user;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person as the people page lists them, read without loading the user entity: who they are, where they come
 * from, their roles and directory groups, when they last signed in and whether they are retired.
 */
public record PersonRow(
        String username,
        String displayName,
        String email,
        IdentitySource source,
        boolean active,
        Instant lastSignInAt,
        Instant retiredAt,
        long version,
        Set<Role> roles,
        Set<String> groups)
        implements Serializable {

    public PersonRow {
        roles = Set.copyOf(roles);
        groups = new TreeSet<>(groups);
    }

    /** The row of a user entity that is at hand anyway (the detail page, after a change). */
    public static PersonRow of(AppUser user) {
        return new PersonRow(
                user.username(),
                user.displayName(),
                user.email().orElse(null),
                user.source(),
                user.active(),
                user.lastSignInAt().orElse(null),
                user.retiredAt().orElse(null),
                user.version(),
                user.roles(),
                user.directoryGroups());
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }
}
