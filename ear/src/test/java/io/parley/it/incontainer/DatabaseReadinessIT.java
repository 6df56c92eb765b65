package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.interfaces.health.DatabaseReadinessCheck;
import io.parley.it.support.Deployments;
import jakarta.annotation.Resource;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The readiness check inside Payara: up on the real database, down when the database cannot be reached. */
@ExtendWith(ArquillianExtension.class)
class DatabaseReadinessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DatabaseReadinessIT.class.getPackage(), Deployments.class);
    }

    @Resource(lookup = "java:app/jdbc/parley")
    private DataSource dataSource;

    @Test
    void readyWhileTheDatabaseAnswers() {
        HealthCheckResponse response = new DatabaseReadinessCheck(dataSource).call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("database", response.getName());
    }

    @Test
    void notReadyWhenTheDatabaseIsUnreachable() {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Connection refused", "08001");
                });
        HealthCheckResponse response = new DatabaseReadinessCheck(unreachable).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    }
}
