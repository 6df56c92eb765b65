package io.parley.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Identity for the embedded default: a Faces login page in front of the {@code app_user} table, passwords as
 * PBKDF2 hashes. API calls authenticate with bearer tokens through the same mechanism
 * ({@link ApiAuthenticationFilter}, {@link TokenIdentityStore}). Groups are the role names of SPEC.md and map one to one to roles
 * ({@code glassfish-application.xml}). Production replaces the identity store (see docs/operations.md).
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/parley",
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select role_name from app_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        priority = 10)
public class SecurityConfiguration {}
