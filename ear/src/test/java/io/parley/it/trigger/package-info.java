/**
 * Test-only servlets that client-side tests call to run a timer's job at once (deployed only by
 * {@code Deployments.earWithTests(...)} with this package, and reachable only in test deployments).
 */
package io.parley.it.trigger;
