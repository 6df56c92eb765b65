/** Signing in and out: the login page's bean, the logout action and the identity store definition. */
package io.parley.interfaces.web.security;
