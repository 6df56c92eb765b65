package io.parley.domain.model.user;

/** Where a person's account comes from: Parley's own table, or one of the company's directories. */
public enum IdentitySource {
    /** Parley's own {@code app_user} table with a PBKDF2 password hash (the {@code database} identity setting). */
    LOCAL,
    /** An LDAP directory (the {@code ldap} identity setting); created at first sign-in. */
    LDAP,
    /** An OpenID Connect provider (the {@code oidc} identity setting); created at first sign-in. */
    OIDC,
    /** Provisioned ahead of sign-in by the company's directory through SCIM 2.0. */
    SCIM
}
