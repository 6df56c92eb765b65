/**
 * Signing in and out: the login page's bean, the logout action, the mechanism and identity store definitions of each
 * identity source (Parley's table, LDAP, OpenID Connect through Payara's connector), the gate every sign-in passes and
 * the session kept for a signed-in person.
 */
package io.parley.interfaces.web.security;
