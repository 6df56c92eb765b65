package io.parley.interfaces.web.security;

import io.parley.domain.model.user.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * {@code parley.identity=ldap}: Parley's login page, the user name and password checked against the company's LDAP
 * directory by {@link LdapIdentityStore}.
 */
@ApplicationScoped
@ForIdentity(IdentitySource.LDAP)
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class LdapSignIn {}
