package io.parley.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.analytics.InterviewFacts;
import io.parley.domain.model.analytics.InterviewRatings;
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
        MigrateResult result = Migrations.of(Flyway.configure().dataSource(url, "sa", ""))
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
        MigrateResult again = Migrations.of(Flyway.configure().dataSource(url, "sa", ""))
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
        Migrations.of(Flyway.configure().dataSource(before, "sa", ""))
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
        Migrations.of(Flyway.configure().dataSource(before, "sa", "")).load().migrate();
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

    @Test
    void interviewsPastTheirDebriefGetTheirAnalyticsFacts() throws SQLException {
        String before = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Migrations.of(Flyway.configure().dataSource(before, "sa", ""))
                .target("13")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(before, "sa", "");
                Statement s = c.createStatement()) {
            for (String user : List.of("ines", "ole", "pia")) {
                s.executeUpdate("insert into app_user (username, display_name, email, password_hash) values ('" + user
                        + "', '" + user + "', '" + user + "@example.com', 'x')");
            }
            s.executeUpdate(kit(1, "PUBLISHED", "current_timestamp"));
            // 7: decided before debriefs froze their ratings (no debrief_opening): the submitted scorecards count
            interview(s, 7, "DECIDED", "2026-01-05 10:00:00+00");
            s.executeUpdate("insert into agenda (interview_id, status, lock_version) values (7, 'AGREED', 0)");
            s.executeUpdate("insert into agenda_item (interview_id, position, kind, title, minutes, competency_keys, "
                    + "question_ids) values (7, 0, 'WELCOME', 'Hi', 5, '[]', '[]'), "
                    + "(7, 1, 'CANDIDATE_QUESTIONS', 'Yours', 10, '[]', '[]'), "
                    + "(7, 2, 'COMPETENCY', 'Talk', 20, '[\"comm\"]', '[9,5]'), "
                    + "(7, 3, 'COMPETENCY', 'More', 20, '[\"tech\"]', '[5]')");
            s.executeUpdate(
                    "insert into agenda_change (interview_id, position, changed_at, changed_by, action, summary) "
                            + "values (7, 0, timestamp with time zone '2026-01-04 09:00:00+00', 'ines', 'agreed', 'ok')");
            s.executeUpdate("insert into run_sheet (interview_id, started_at, ended_at, lock_version) values (7, "
                    + "timestamp with time zone '2026-01-05 10:00:00+00', timestamp with time zone "
                    + "'2026-01-05 11:00:00+00', 0)");
            s.executeUpdate("insert into run_sheet_block (interview_id, position, started_at, ended_at) values "
                    + "(7, 0, timestamp with time zone '2026-01-05 10:00:00+00', "
                    + "timestamp with time zone '2026-01-05 10:40:00+00'), "
                    + "(7, 1, timestamp with time zone '2026-01-05 10:40:00+00', "
                    + "timestamp with time zone '2026-01-05 10:50:00+00')");
            scorecard(s, 70, 7, "ines", "SUBMITTED", "2026-01-05 13:00:00+00");
            scorecard(s, 71, 7, "ole", "SUBMITTED", "2026-01-06 11:00:00+00");
            scorecard(s, 72, 7, "pia", "DRAFT", null);
            s.executeUpdate("insert into scorecard_rating (scorecard_id, position, competency_key, rating) values "
                    + "(70, 0, 'comm', 3), (70, 1, 'tech', 2), (71, 0, 'comm', 2), (71, 1, 'tech', null), "
                    + "(72, 0, 'comm', 1)");
            // 8: its debrief froze the ratings; an amendment since changed the scorecard, not the frozen copy
            interview(s, 8, "DEBRIEF", "2026-02-05 10:00:00+00");
            scorecard(s, 80, 8, "ines", "SUBMITTED", "2026-02-05 12:00:00+00");
            scorecard(s, 81, 8, "ole", "SUBMITTED", "2026-02-05 12:00:00+00");
            s.executeUpdate("insert into scorecard_rating (scorecard_id, position, competency_key, rating) values "
                    + "(80, 0, 'comm', 3), (81, 0, 'comm', 3)");
            s.executeUpdate("insert into debrief_opening (interview_id, opened_at, lock_version) values (8, "
                    + "timestamp with time zone '2026-02-05 12:30:00+00', 0)");
            s.executeUpdate("insert into debrief_frozen_rating (interview_id, position, interviewer, competency_key, "
                    + "rating) values (8, 0, 'ines', 'comm', 1), (8, 1, 'ole', 'comm', 3)");
            // 9: still collecting feedback: nothing of it may count
            interview(s, 9, "FEEDBACK", "2026-03-05 10:00:00+00");
            scorecard(s, 90, 9, "ines", "SUBMITTED", "2026-03-05 12:00:00+00");
            s.executeUpdate("insert into scorecard_rating (scorecard_id, position, competency_key, rating) values "
                    + "(90, 0, 'comm', 3)");
        }
        Migrations.of(Flyway.configure().dataSource(before, "sa", "")).load().migrate();
        try (Connection c = DriverManager.getConnection(before, "sa", "");
                Statement s = c.createStatement()) {
            assertEquals(
                    List.of("7|3|3|10|600|TRUE", "8|3|3|0|null|FALSE"),
                    rows(
                            s,
                            "select interview_id, scale_points, panel_size, candidate_minutes_planned, "
                                    + "candidate_seconds_held, agenda_agreed_at is not null from analytics_interview "
                                    + "order by interview_id"));
            assertEquals(
                    List.of("7|comm|ines|3", "7|comm|ole|2", "7|tech|ines|2", "8|comm|ines|1", "8|comm|ole|3"),
                    rows(
                            s,
                            "select interview_id, competency_key, interviewer, rating from analytics_rating "
                                    + "order by interview_id, competency_key, interviewer"));
            assertEquals(
                    List.of("7|ines|2.0|2.5", "7|ole|24.0|2.0", "8|ines|1.0|1.0", "8|ole|1.0|3.0"),
                    rows(
                            s,
                            "select interview_id, interviewer, hours_to_submit, mean_rating from analytics_scorecard "
                                    + "order by interview_id, interviewer"));
            // migration 15.1 packed the same facts, one value per interview
            List<String> ratings = new java.util.ArrayList<>();
            List<String> scorecards = new java.util.ArrayList<>();
            List<String> questions = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "select interview_id, scale_points, facts from analytics_interview order by interview_id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    InterviewFacts facts = PackedFacts.unpack(rs.getInt(2), rs.getBytes(3));
                    InterviewRatings r = facts.ratings();
                    for (int i = 0; i < r.size(); i++) {
                        ratings.add(id + "|" + r.competencyKey(r.competency(i)) + "|" + r.raterName(r.rater(i)) + "|"
                                + r.value(i));
                    }
                    facts.scorecards()
                            .forEach(card -> scorecards.add(id + "|" + card.interviewer() + "|" + card.positive() + "|"
                                    + card.hoursToSubmit() + "|" + card.meanRating()));
                    questions.add(id + "|" + new java.util.TreeSet<>(facts.questions()));
                }
            }
            assertEquals(
                    List.of("7|comm|ines|3", "7|comm|ole|2", "7|tech|ines|2", "8|comm|ines|1", "8|comm|ole|3"),
                    ratings);
            assertEquals(
                    List.of("7|ines|true|2.0|2.5", "7|ole|true|24.0|2.0", "8|ines|true|1.0|1.0", "8|ole|true|1.0|3.0"),
                    scorecards);
            assertEquals(List.of("7|[5, 9]", "8|[]"), questions, "each question once per interview");
        }
    }

    private static void interview(Statement s, long id, String status, String startsAt) throws SQLException {
        s.executeUpdate("insert into interview (id, candidate_external_id, candidate_name, candidate_email, "
                + "job_external_id, job_title, kit_id, starts_at, time_zone, duration_minutes, location, status, "
                + "created_by, created_at, lock_version) values (" + id + ", 'c', 'Ada', 'ada@example.com', 'j', "
                + "'Job', 1, timestamp with time zone '" + startsAt + "', 'UTC', 60, 'Room', '" + status + "', 'rita', "
                + "current_timestamp, 0)");
        int position = 0;
        for (String user : List.of("ines", "ole", "pia")) {
            s.executeUpdate("insert into interview_panel (interview_id, position, username, lead, starts_at) values ("
                    + id + ", " + position + ", '" + user + "', " + (position++ == 0) + ", timestamp with time zone '"
                    + startsAt + "')");
        }
    }

    private static void scorecard(Statement s, long id, long interview, String user, String status, String at)
            throws SQLException {
        boolean submitted = "SUBMITTED".equals(status);
        s.executeUpdate("insert into scorecard (id, interview_id, interviewer, status, recommendation, deal_breakers, "
                + "saved_at, submitted_at, amendments, lock_version) values (" + id + ", " + interview + ", '" + user
                + "', '" + status + "', " + (submitted ? "'YES'" : "null") + ", '[]', current_timestamp, "
                + (submitted ? "timestamp with time zone '" + at + "'" : "null") + ", 0, 0)");
    }

    private static List<String> rows(Statement s, String query) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String kit(long id, String status, String publishedAt) {
        return "insert into kit (id, kit_key, version_number, status, name, role_family, stage, description, "
                + "scale_labels, must_haves, deal_breakers, min_candidate_minutes, min_interviewers_per_competency, "
                + "updated_at, updated_by, published_at, lock_version) values (" + id + ", 'same-key', 1, '" + status
                + "', 'Kit', '', '', '', '[\"1\",\"2\",\"3\"]', '[]', '[]', 10, 1, current_timestamp, 'test', "
                + publishedAt + ", 0)";
    }
}
