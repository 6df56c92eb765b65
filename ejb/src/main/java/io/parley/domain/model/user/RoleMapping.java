package io.parley.domain.model.user;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which directory groups give which of Parley's roles ({@code parley.roles.hr-admin} and its siblings). A role
 * nobody configured is given by the group of the role's own name. Group names compare ignoring case, as LDAP and
 * Entra ID compare them. The ATS role is never given by a directory group: it belongs to the ATS's API token.
 */
public final class RoleMapping {

    private final Map<Role, Set<String>> groupsByRole;

    private RoleMapping(Map<Role, Set<String>> groupsByRole) {
        this.groupsByRole = groupsByRole;
    }

    /** The mapping with every person role given by the group of its own name. */
    public static RoleMapping byRoleName() {
        return of(Map.of());
    }

    /** {@code configured}: for each role, the groups that give it; roles left out get their own name. */
    public static RoleMapping of(Map<Role, Set<String>> configured) {
        Map<Role, Set<String>> groups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role == Role.ATS) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            configured.getOrDefault(role, Set.of()).stream()
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .map(RoleMapping::normalized)
                    .forEach(names::add);
            if (names.isEmpty()) {
                names.add(role.groupName());
            }
            groups.put(role, Set.copyOf(names));
        }
        return new RoleMapping(groups);
    }

    /** Parley's roles for someone in {@code directoryGroups}; empty when none of them is a Parley group. */
    public Set<Role> rolesFor(Set<String> directoryGroups) {
        Set<String> normalized = new LinkedHashSet<>();
        directoryGroups.forEach(group -> normalized.add(normalized(group)));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groupsByRole.forEach((role, groups) -> {
            if (groups.stream().anyMatch(normalized::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** The groups that give {@code role} (lower case), as the people page explains them. */
    public Set<String> groupsFor(Role role) {
        return groupsByRole.getOrDefault(role, Set.of());
    }

    private static String normalized(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }
}
