package io.parley.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packs the analytics facts of interviews not packed yet ({@code analytics_interview.facts} null) from their rows in
 * {@code analytics_rating} and {@code analytics_scorecard} and the questions of its agenda ({@link PackedFacts}), in plain JDBC on the caller's
 * connection and transaction: the runtime writer for the interview whose debrief just opened, migration 15.1 for
 * every interview before, and the benchmark's generator for the interviews it wrote.
 */
public final class FactsPacker {

    /** Interviews per round trip when packing many. */
    private static final int CHUNK = 500;

    /** A question id in an agenda block's JSON array of ids. */
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Connection connection;

    public FactsPacker(Connection connection) {
        this.connection = connection;
    }

    /** Packs one interview's facts (when it has facts not packed yet). */
    public void packInterview(long interviewId) throws SQLException {
        pack(interviewId, interviewId);
    }

    /** Packs every interview's facts not packed yet; returns how many interviews it packed. */
    public int packAll() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                        "select interview_id from analytics_interview where facts is null order by interview_id");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        int packed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            int to = Math.min(ids.size(), from + CHUNK) - 1;
            packed += pack(ids.get(from), ids.get(to));
        }
        return packed;
    }

    /** Packs the interviews with ids in [low, high] whose facts are not packed; returns how many. */
    private int pack(long low, long high) throws SQLException {
        Map<Long, List<PackedFacts.Rating>> ratings = new HashMap<>();
        Map<Long, List<PackedFacts.Scorecard>> scorecards = new HashMap<>();
        Map<Long, Set<Long>> questions = new HashMap<>();
        List<Long> interviews = new ArrayList<>();
        String range = " join analytics_interview x on x.interview_id = t.interview_id"
                + " where x.interview_id between ? and ? and x.facts is null";
        read(
                "select x.interview_id from analytics_interview x where x.interview_id between ? and ? and x.facts is null",
                low,
                high,
                rs -> interviews.add(rs.getLong(1)));
        read(
                "select t.interview_id, t.competency_key, t.interviewer, t.rating from analytics_rating t" + range
                        + " order by t.interview_id, t.competency_key, t.interviewer",
                low,
                high,
                rs -> ratings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PackedFacts.Rating(rs.getString(2), rs.getString(3), rs.getInt(4))));
        read(
                "select t.interview_id, t.interviewer, t.recommendation, t.hours_to_submit, t.mean_rating"
                        + " from analytics_scorecard t" + range + " order by t.interview_id, t.interviewer",
                low,
                high,
                rs -> {
                    double mean = rs.getDouble(5);
                    Double meanRating = rs.wasNull() ? null : mean;
                    scorecards
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PackedFacts.Scorecard(
                                    rs.getString(2), rs.getString(3), rs.getDouble(4), meanRating));
                });
        read(
                "select t.interview_id, t.question_ids from agenda_item t" + range
                        + " and t.kind = 'COMPETENCY' and t.question_ids <> '[]'",
                low,
                high,
                rs -> {
                    Matcher ids = NUMBER.matcher(rs.getString(2));
                    while (ids.find()) {
                        questions
                                .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                                .add(Long.parseLong(ids.group()));
                    }
                });
        try (PreparedStatement update =
                connection.prepareStatement("update analytics_interview set facts = ? where interview_id = ?")) {
            for (long interview : interviews) {
                update.setBytes(
                        1,
                        PackedFacts.pack(
                                ratings.getOrDefault(interview, List.of()),
                                scorecards.getOrDefault(interview, List.of()),
                                questions.getOrDefault(interview, Set.of())));
                update.setLong(2, interview);
                update.addBatch();
            }
            update.executeBatch();
        }
        return interviews.size();
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void read(String sql, long low, long high, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, low);
            statement.setLong(2, high);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
