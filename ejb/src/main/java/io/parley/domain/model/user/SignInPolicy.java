package io.parley.domain.model.user;

import java.util.Objects;

/**
 * How people sign in to this installation: the identity source chosen by the deployment ({@code parley.identity}:
 * Parley's own table, LDAP or OpenID Connect) and which directory groups give which roles.
 */
public record SignInPolicy(IdentitySource source, RoleMapping roles) {

    public SignInPolicy {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(roles, "roles");
        if (source == IdentitySource.SCIM) {
            throw new IllegalArgumentException("SCIM provisions people; they sign in through LDAP or OpenID Connect");
        }
    }

    /** Whether people sign in with a password kept by Parley (then HR creates them and resets passwords). */
    public boolean localPasswords() {
        return source == IdentitySource.LOCAL;
    }
}
