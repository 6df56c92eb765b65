package io.parley.application.user;

import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.PersonRow;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.RoleMapping;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A person as the people page shows them: who they are, where their account comes from, their roles and the directory
 * groups they came with (with the roles each gives under this installation's mapping), the last sign-in, how many
 * seats they hold on open interviews, and the version an hr-admin's change must name.
 */
public record PersonView(
        String username,
        String displayName,
        String email,
        IdentitySource source,
        boolean active,
        Set<Role> roles,
        List<GroupRoles> groups,
        Instant lastSignInAt,
        Instant retiredAt,
        long openSeats,
        long version)
        implements Serializable {

    public PersonView {
        roles = Set.copyOf(roles);
        groups = List.copyOf(groups);
    }

    /** A directory group and the Parley roles it gives (none: a group of the directory Parley does not use). */
    public record GroupRoles(String group, Set<Role> roles) implements Serializable {
        public GroupRoles {
            roles = Set.copyOf(roles);
        }
    }

    static PersonView of(PersonRow row, RoleMapping mapping, long openSeats) {
        List<GroupRoles> groups = row.groups().stream()
                .map(group -> new GroupRoles(group, mapping.rolesFor(Set.of(group))))
                .toList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(row.roles());
        return new PersonView(
                row.username(),
                row.displayName(),
                row.email(),
                row.source(),
                row.active(),
                roles,
                groups,
                row.lastSignInAt(),
                row.retiredAt(),
                openSeats,
                row.version());
    }

    /** The roles in a fixed order (the enum's), for pages. */
    public List<Role> roleList() {
        Set<Role> ordered = EnumSet.noneOf(Role.class);
        ordered.addAll(roles);
        return List.copyOf(ordered);
    }
}
