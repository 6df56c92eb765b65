package io.parley.application.token;

import java.io.Serializable;
import java.util.Set;

/** Who a valid bearer token acts as: the caller name and the groups (roles) it brings. */
public record TokenIdentity(String caller, Set<String> groups) implements Serializable {

    public TokenIdentity {
        groups = Set.copyOf(groups);
    }
}
