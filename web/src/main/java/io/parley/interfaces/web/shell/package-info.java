/**
 * The page shell shared by every area: security headers, the signed-in user as the layout shows it, the navigation
 * the user's roles allow, the one converter for interview ids in view parameters ({@code InterviewIdConverter}) with
 * the one not-found path ({@code NotFound}), and the PrimeFaces renderers that give components accessible names.
 */
package io.parley.interfaces.web.shell;
