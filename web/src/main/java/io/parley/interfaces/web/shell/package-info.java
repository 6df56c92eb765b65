/**
 * The page shell shared by every area: security headers, the signed-in user as the layout shows it, the navigation
 * the user's roles allow, the one converter for interview ids in view parameters ({@code InterviewIdConverter}) with
 * the one not-found path ({@code NotFound}), the PrimeFaces renderers that give components accessible names, and the
 * filter of an address that the analytics and read-audit pages check ({@code QueryForm}, whose values the pages bind
 * through {@code QueryValues}).
 */
package io.parley.interfaces.web.shell;
