package io.parley.application.token;

import java.io.Serializable;
import java.util.Set;

/** Who a valid bearer token acts as: the caller name and the groups (roles) it brings. */
public record TokenIdentity(String caller, Set<String> groups) implements Serializable {

    /**
     * The group of a SCIM token: the SCIM service needs it and nothing else accepts it. It is not one of the roles
     * of people ({@code Role}): no directory group gives it and no page or API service allows it.
     */
    public static final String SCIM_GROUP = "scim";

    public TokenIdentity {
        groups = Set.copyOf(groups);
    }
}
