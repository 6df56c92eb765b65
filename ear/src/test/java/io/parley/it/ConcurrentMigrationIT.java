package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.infrastructure.persistence.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Two servers of a deployment group deploying at once both run Flyway, as {@code DatabaseMigrator} configures it,
 * against one empty schema (the suite's database: H2, or PostgreSQL with {@code -Ppostgresql}): both deployments
 * succeed and every migration is applied exactly once (Flyway locks the schema history while it migrates).
 */
class ConcurrentMigrationIT {

    @Test
    void twoServersDeployingAtOnceMigrateTheSchemaOnce() throws Exception {
        boolean postgresql = "postgresql".equals(System.getProperty("parley.it.database"));
        String schema = "parley_concurrent_" + UUID.randomUUID().toString().substring(0, 8);
        String url =
                postgresql ? "jdbc:postgresql://127.0.0.1:5432/test" : "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
        String user = postgresql ? "postgres" : "sa";
        String password = postgresql ? "unused" : "";
        ExecutorService servers = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MigrateResult>> deployments = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deployments.add(servers.submit(() -> {
                    start.await();
                    var configuration = Migrations.of(Flyway.configure(ConcurrentMigrationIT.class.getClassLoader())
                            .dataSource(url, user, password));
                    if (postgresql) {
                        configuration.schemas(schema);
                    }
                    return configuration.load().migrate();
                }));
            }
            start.countDown();
            int applied = 0;
            for (Future<MigrateResult> deployment : deployments) {
                MigrateResult result = deployment.get();
                assertTrue(result.success, "both deployments succeed");
                applied += result.migrationsExecuted;
            }
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                String history = (postgresql ? schema + "." : "") + "\"flyway_schema_history\"";
                try (ResultSet rs = s.executeQuery("select count(*), count(distinct \"version\") from " + history
                        + " where \"version\" is not null")) {
                    assertTrue(rs.next());
                    assertEquals(rs.getInt(2), rs.getInt(1), "no version applied twice");
                    assertEquals(rs.getInt(1), applied, "what the two applied together is the history");
                    assertTrue(applied >= 16, "the whole schema, V1 to V16 at least: " + applied);
                }
                if (postgresql) {
                    s.execute("drop schema " + schema.toLowerCase(Locale.ROOT) + " cascade");
                }
            }
        } finally {
            servers.shutdownNow();
        }
    }
}
