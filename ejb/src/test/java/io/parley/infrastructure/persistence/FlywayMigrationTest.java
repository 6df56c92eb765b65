package io.parley.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migrations on an empty H2 database (the version Payara bundles): the schema and its own constraints. */
class FlywayMigrationTest {

    private String url;

    @BeforeEach
    void migrateAnEmptyDatabase() {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        MigrateResult result = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    @Test
    void everyTableExists() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String table : List.of(
                    "app_user",
                    "app_user_role",
                    "kit",
                    "competency",
                    "question",
                    "kit_agenda_block",
                    "interview",
                    "interview_panel",
                    "agenda",
                    "agenda_item",
                    "agenda_approval",
                    "agenda_change")) {
                try (ResultSet rs = s.executeQuery("select count(*) from information_schema.tables "
                        + "where lower(table_name) = '" + table + "'")) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), table);
                }
            }
        }
    }

    @Test
    void migratingAgainChangesNothing() {
        MigrateResult again = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertEquals(0, again.migrationsExecuted);
    }

    @Test
    void theDatabaseRefusesAnUnknownRole() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("insert into app_user (username, display_name, email, password_hash) "
                    + "values ('eve', 'Eve', 'eve@example.com', 'x')");
            s.executeUpdate("insert into app_user_role (username, role_name) values ('eve', 'interviewer')");
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "insert into app_user_role (username, role_name) values ('eve', 'superuser')"));
        }
    }

    @Test
    void theDatabaseRefusesTwoKitsWithTheSameKeyAndVersion() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate(kit(1, "DRAFT", "null"));
            assertThrows(SQLException.class, () -> s.executeUpdate(kit(51, "DRAFT", "null")));
        }
    }

    @Test
    void theDatabaseRefusesAnUnknownStatusAndAPublishedKitWithoutDate() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(kit(1, "DELETED", "null")));
            assertThrows(SQLException.class, () -> s.executeUpdate(kit(1, "PUBLISHED", "null")));
            assertEquals(1, s.executeUpdate(kit(1, "PUBLISHED", "current_timestamp")));
        }
    }

    @Test
    void existingSeatsGetTheirInterviewsStart() throws SQLException {
        String before = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(before, "sa", "")
                .locations("classpath:db/migration")
                .target("9")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(before, "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("insert into app_user (username, display_name, email, password_hash) "
                    + "values ('ines', 'Ines', 'ines@example.com', 'x')");
            s.executeUpdate(kit(1, "PUBLISHED", "current_timestamp"));
            s.executeUpdate("insert into interview (id, candidate_external_id, candidate_name, candidate_email, "
                    + "job_external_id, job_title, kit_id, starts_at, time_zone, duration_minutes, location, status, "
                    + "created_by, created_at, lock_version) values (7, 'c', 'Ada', 'ada@example.com', 'j', 'Job', 1, "
                    + "timestamp with time zone '2031-05-06 10:00:00+00', 'UTC', 60, 'Room', 'PLANNING', 'rita', "
                    + "current_timestamp, 0)");
            s.executeUpdate("insert into interview_panel (interview_id, position, username, lead) "
                    + "values (7, 0, 'ines', true)");
        }
        Flyway.configure()
                .dataSource(before, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(before, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select p.starts_at = i.starts_at from interview_panel p "
                        + "join interview i on i.id = p.interview_id")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean(1), "the seat has its interview's start");
            // a second member, so that neither the primary key nor the one-seat-per-member key can be what refuses
            s.executeUpdate("insert into app_user (username, display_name, email, password_hash) "
                    + "values ('omar', 'Omar', 'omar@example.com', 'x')");
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("insert into interview_panel "
                            + "(interview_id, position, username, lead) values (7, 1, 'omar', false)"),
                    "and must have one");
            assertEquals("23502", refused.getSQLState(), "refused as NULL_NOT_ALLOWED: " + refused.getMessage());
            assertTrue(refused.getMessage().toUpperCase(Locale.ROOT).contains("STARTS_AT"), refused.getMessage());
            assertEquals(
                    1,
                    s.executeUpdate(
                            "insert into interview_panel (interview_id, position, username, lead, "
                                    + "starts_at) values (7, 1, 'omar', false, timestamp with time zone '2031-05-06 10:00:00+00')"),
                    "the same seat with its start is taken");
        }
    }

    private static String kit(long id, String status, String publishedAt) {
        return "insert into kit (id, kit_key, version_number, status, name, role_family, stage, description, "
                + "scale_labels, must_haves, deal_breakers, min_candidate_minutes, min_interviewers_per_competency, "
                + "updated_at, updated_by, published_at, lock_version) values (" + id + ", 'same-key', 1, '" + status
                + "', 'Kit', '', '', '', '[\"1\",\"2\",\"3\"]', '[]', '[]', 10, 1, current_timestamp, 'test', "
                + publishedAt + ", 0)";
    }
}
