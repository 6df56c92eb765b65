/**
 * The page shell shared by every area: security headers, the signed-in user as the layout shows it,
 * and the navigation the user's roles allow.
 */
package io.parley.interfaces.web.shell;
