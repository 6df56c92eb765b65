/** Shared test plumbing: deployments from the build output, an HTTP page client and the browser. */
package io.parley.it.support;
