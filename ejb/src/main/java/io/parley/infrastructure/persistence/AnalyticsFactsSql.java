package io.parley.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that write the analytics facts (V14) of the interviews a predicate on {@code interview i} selects,
 * kept in {@code analytics-facts.sql} beside this class: the runtime writer selects one interview as its debrief
 * opens ({@link #ONE_INTERVIEW}), migration 14.1 every interview past it ({@link #DEBRIEF_OPENED}), and the
 * benchmark's generator reads the same file.
 */
final class AnalyticsFactsSql {

    /** The runtime writer's predicate: one interview, by id (one positional parameter per use). */
    static final String ONE_INTERVIEW = "i.id = ?";

    /** The backfill's predicate: every interview whose debrief has opened. */
    static final String DEBRIEF_OPENED = "i.status in ('DEBRIEF', 'DECIDED')";

    private static final String FILE = "analytics-facts.sql";

    private AnalyticsFactsSql() {}

    /** The inserts, in the order they must run. */
    static List<String> inserts(String predicate) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : text().split("\n")) {
            if (line.strip().equals(";")) {
                statements.add(statement.toString().strip().replace("{predicate}", predicate));
                statement.setLength(0);
            } else if (!line.strip().startsWith("--")) {
                statement.append(line).append('\n');
            }
        }
        return statements;
    }

    /** How many positional parameters {@code statement} has. */
    static int parameters(String statement) {
        return (int) statement.chars().filter(c -> c == '?').count();
    }

    private static String text() {
        try (InputStream in = AnalyticsFactsSql.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
