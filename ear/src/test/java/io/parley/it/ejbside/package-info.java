/**
 * Test-only beans that must live in the EJB module of the test EAR (where the persistence unit is visible), added
 * by {@code Deployments.earWithTests}; in-container tests in the WAR call them.
 */
package io.parley.it.ejbside;
