package io.parley.infrastructure.identity;

import java.util.Optional;
import java.util.Set;

/** A person as the LDAP directory describes them: their id, the name shown, e-mail and the groups' names (cn). */
public record LdapPerson(String username, String displayName, Optional<String> email, Set<String> groups) {

    public LdapPerson {
        groups = Set.copyOf(groups);
    }
}
