package io.parley.interfaces.web.security;

import io.parley.domain.model.user.IdentitySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * {@code parley.identity=database} (the default): Parley's login page in front of its own {@code app_user} table,
 * passwords as PBKDF2 hashes, local users only (a directory user has no password here). Whether the person may get
 * in (retired, no role) is decided after the password check by {@link SignInGate}, which shows a retired user the
 * no-access page rather than "wrong password". API calls authenticate with bearer tokens
 * ({@link BearerTokensOnApi}, {@link TokenIdentityStore}) whatever the identity source.
 */
@ApplicationScoped
@ForIdentity(IdentitySource.LOCAL)
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/parley",
        callerQuery = "select password_hash from app_user where username = ? and source = 'LOCAL'",
        groupsQuery = "select role_name from app_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        priority = 10)
public class DatabaseSignIn {}
