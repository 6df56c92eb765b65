/**
 * Tests of a running local cluster ({@code ops/cluster/up}: two Payara instances behind haproxy), outside the normal
 * suites: {@code ./mvnw verify -Pcluster} runs only these (docs/operations.md, "Several servers").
 */
package io.parley.it.cluster;
