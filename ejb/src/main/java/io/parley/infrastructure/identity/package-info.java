/**
 * Where the company's people come from: the sign-in settings ({@code parley.identity}, {@code parley.roles.*}) and
 * the directories Parley reads (LDAP).
 */
package io.parley.infrastructure.identity;
