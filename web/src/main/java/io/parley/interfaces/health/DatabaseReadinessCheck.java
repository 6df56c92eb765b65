package io.parley.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: a load balancer stops sending users when it does not. The answer names the
 * deployed application ({@code java:app/AppName}, e.g. {@code parley-20261206-223000} after
 * {@code ops/cluster/redeploy}), so a rolling redeploy sees which release an instance runs.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/parley")
    private DataSource dataSource;

    @Resource(lookup = "java:app/AppName")
    private String application;

    public DatabaseReadinessCheck() {
        // for CDI, which injects the datasource
    }

    /** For tests that hand in a datasource of their own (e.g. one that cannot connect). */
    public DatabaseReadinessCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return named().status(valid).build();
        } catch (SQLException e) {
            return named().down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }

    private HealthCheckResponseBuilder named() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("database");
        return application == null ? builder : builder.withData("application", application);
    }
}
