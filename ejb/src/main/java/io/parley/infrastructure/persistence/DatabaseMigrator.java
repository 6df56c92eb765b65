package io.parley.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application is deployed, before anything reads it.
 *
 * <p>It also defines the datasource, since a resource definition must sit on a component class.
 * {@code java:app/jdbc/parley} takes its settings come from MicroProfile Config, so an operator changes the
 * database without rebuilding: {@code parley.db.url}, {@code parley.db.driver}, {@code parley.db.user},
 * {@code parley.db.password} (system properties, environment variables such as {@code PARLEY_DB_URL}, or
 * {@code asadmin set-config-property}). The defaults in {@code META-INF/microprofile-config.properties} are the
 * embedded H2 file in the domain's {@code lib/databases}.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.JNDI_NAME,
        className = "${MPCONFIG=parley.db.driver}",
        url = "${MPCONFIG=parley.db.url}",
        user = "${MPCONFIG=parley.db.user}",
        password = "${MPCONFIG=parley.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            // prepared statements kept per connection; the blank type means Payara's LRU cache, a missing
            // type fails (Payara issue 6647)
            "fish.payara.statement-cache-size=64",
            "fish.payara.statement-cache-type= "
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    /** The application's datasource; every other component looks it up by this name. */
    public static final String JNDI_NAME = "java:app/jdbc/parley";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    /** The schema to keep Parley's tables in (created when missing); empty: the connection's default. */
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "parley.db.schema")
    private Optional<String> schema;

    @PostConstruct
    void migrate() {
        var configuration = Migrations.of(
                Flyway.configure(DatabaseMigrator.class.getClassLoader()).dataSource(dataSource));
        schema.map(String::strip).filter(name -> !name.isEmpty()).ifPresent(configuration::schemas);
        Flyway flyway = configuration.load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
