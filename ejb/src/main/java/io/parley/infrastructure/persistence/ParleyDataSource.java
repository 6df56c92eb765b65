package io.parley.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Defines {@code java:app/jdbc/parley}. Its settings come from MicroProfile Config, so an operator changes the
 * database without rebuilding: {@code parley.db.url}, {@code parley.db.driver}, {@code parley.db.user},
 * {@code parley.db.password} (system properties, environment variables such as {@code PARLEY_DB_URL}, or
 * {@code asadmin set-config-property}). The defaults in {@code META-INF/microprofile-config.properties} are the
 * embedded H2 file in the domain's {@code lib/databases}.
 */
@DataSourceDefinition(
        name = ParleyDataSource.JNDI_NAME,
        className = "${MPCONFIG=parley.db.driver}",
        url = "${MPCONFIG=parley.db.url}",
        user = "${MPCONFIG=parley.db.user}",
        password = "${MPCONFIG=parley.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
public final class ParleyDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/parley";

    private ParleyDataSource() {
    }
}
