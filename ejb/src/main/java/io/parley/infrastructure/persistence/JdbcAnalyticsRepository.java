package io.parley.infrastructure.persistence;

import io.parley.domain.model.analytics.AnalyticsCriteria;
import io.parley.domain.model.analytics.AnalyticsRepository;
import io.parley.domain.model.analytics.RatingPatterns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analytics queries, in plain JDBC over the fact tables of V14: each is one statement that aggregates in the
 * database (or, for the rater model, streams rows without keeping them), whatever the size of the data. They run on
 * the transaction's connection (callers need a transaction, as every use case has).
 */
@ApplicationScoped
public class JdbcAnalyticsRepository implements AnalyticsRepository {

    private static final int DEFAULT_POINTS = 4;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    // the transaction's own connection, the one JPA uses: a second handle from the datasource would close the first
    // with H2's pooled connections (and with it the statements Payara caches for it)
    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public String dataVersion() {
        return query(
                        "select (select count(*) from analytics_interview), (select count(*) from decision),"
                                + " (select count(*) from kit where status <> 'DRAFT')",
                        List.of(),
                        rs -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3))
                .get(0);
    }

    @Override
    public List<KitVersions> kits() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Integer>> versions = new HashMap<>();
        Map<String, Map<String, String>> competencies = new HashMap<>();
        Map<String, Integer> latest = new HashMap<>();
        query(
                "select k.kit_key, k.version_number, k.name, c.competency_key, c.name from kit k"
                        + " left join competency c on c.kit_id = k.id where k.status <> 'DRAFT'"
                        + " order by k.kit_key, k.version_number desc, c.position",
                List.of(),
                rs -> {
                    String key = rs.getString(1);
                    int version = rs.getInt(2);
                    names.putIfAbsent(key, rs.getString(3));
                    latest.putIfAbsent(key, version);
                    List<Integer> known = versions.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!known.contains(version)) {
                        known.add(0, version);
                    }
                    if (latest.get(key) == version && rs.getString(4) != null) {
                        competencies
                                .computeIfAbsent(key, k -> new LinkedHashMap<>())
                                .put(rs.getString(4), rs.getString(5));
                    }
                    return null;
                });
        List<KitVersions> kits = new ArrayList<>();
        names.forEach((key, name) ->
                kits.add(new KitVersions(key, name, versions.get(key), competencies.getOrDefault(key, Map.of()))));
        kits.sort(Comparator.comparing(KitVersions::name, String.CASE_INSENSITIVE_ORDER));
        return kits;
    }

    @Override
    public int scalePoints(AnalyticsCriteria criteria) {
        AnalyticsWhere where = new AnalyticsWhere(criteria, "x", false, false);
        int points = query(
                        "select coalesce(max(x.scale_points), 0) from analytics_interview x" + where.sql(),
                        where,
                        rs -> rs.getInt(1))
                .get(0);
        return points == 0 ? DEFAULT_POINTS : points;
    }

    @Override
    public Map<String, RatingPatterns> patterns(AnalyticsCriteria criteria) {
        AnalyticsWhere where = new AnalyticsWhere(criteria, "r", true, false);
        StringBuilder counts = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        for (int point = 1; point <= 7; point++) {
            counts.append(", sum(case when r.rating = ")
                    .append(point)
                    .append(" then 1 else 0 end) c")
                    .append(point);
            columns.append(", c").append(point);
        }
        String sql = "select competency_key" + columns + ", max(points), count(*) from (select r.competency_key"
                + counts + ", max(r.scale_points) points from analytics_rating r" + where.sql()
                + " group by r.interview_id, r.competency_key having count(*) >= 2) u group by competency_key"
                + columns;
        Map<String, RatingPatterns> patterns = new TreeMap<>();
        List<Object[]> rows = query(sql, where, rs -> {
            int[] pattern = new int[7];
            for (int i = 0; i < 7; i++) {
                pattern[i] = rs.getInt(2 + i);
            }
            return new Object[] {rs.getString(1), pattern, rs.getInt(9), rs.getLong(10)};
        });
        int points = rows.stream().mapToInt(row -> (Integer) row[2]).max().orElse(DEFAULT_POINTS);
        for (Object[] row : rows) {
            patterns.computeIfAbsent((String) row[0], key -> new RatingPatterns(points))
                    .add((int[]) row[1], (Long) row[3]);
        }
        return patterns;
    }

    @Override
    public void eachRating(AnalyticsCriteria criteria, RatingSink sink) {
        AnalyticsWhere where = new AnalyticsWhere(criteria, "r", true, false);
        query(
                "select r.interview_id, r.competency_key, r.interviewer, r.rating from analytics_rating r"
                        + where.sql(),
                where,
                rs -> {
                    sink.rating(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                    return null;
                });
    }

    @Override
    public List<RaterTotals> raterTotals(AnalyticsCriteria criteria) {
        AnalyticsWhere where = new AnalyticsWhere(criteria, "r", true, true);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<Integer, Long>> perPoint = new HashMap<>();
        Map<String, Long> middle = new HashMap<>();
        query(
                "select r.interviewer, max(u.display_name), r.rating, count(*),"
                        + " sum(case when r.rating > 1 and r.rating < r.scale_points then 1 else 0 end)"
                        + " from analytics_rating r left join app_user u on u.username = r.interviewer" + where.sql()
                        + " group by r.interviewer, r.rating",
                where,
                rs -> {
                    String interviewer = rs.getString(1);
                    names.putIfAbsent(interviewer, rs.getString(2) == null ? interviewer : rs.getString(2));
                    perPoint.computeIfAbsent(interviewer, k -> new TreeMap<>()).put(rs.getInt(3), rs.getLong(4));
                    middle.merge(interviewer, rs.getLong(5), Long::sum);
                    return null;
                });
        List<RaterTotals> totals = new ArrayList<>();
        names.forEach((interviewer, name) ->
                totals.add(new RaterTotals(interviewer, name, perPoint.get(interviewer), middle.get(interviewer))));
        return totals;
    }

    @Override
    public List<ScorecardTotals> scorecardTotals(AnalyticsCriteria criteria) {
        AnalyticsWhere where = new AnalyticsWhere(criteria, "s", false, true);
        return query(
                "select s.interviewer, count(*), percentile_cont(0.5) within group (order by s.hours_to_submit),"
                        + " sum(case when (s.recommendation in ('YES', 'STRONG_YES')"
                        + " and s.mean_rating < (1 + s.scale_points) / 2.0)"
                        + " or (s.recommendation in ('NO', 'STRONG_NO')"
                        + " and s.mean_rating > (1 + s.scale_points) / 2.0) then 1 else 0 end)"
                        + " from analytics_scorecard s" + where.sql() + " group by s.interviewer",
                where,
                rs -> {
                    double median = rs.getDouble(3);
                    return new ScorecardTotals(
                            rs.getString(1), rs.getLong(2), rs.wasNull() ? null : median, rs.getLong(4));
                });
    }

    @Override
    public ProcessCounts processCounts(AnalyticsCriteria criteria) {
        AnalyticsWhere interviews = new AnalyticsWhere(criteria, "x", false, false);
        long[] counts = query(
                        "select count(*),"
                                + " sum(case when x.agenda_agreed_at <= x.starts_at then 1 else 0 end),"
                                + " sum(case when x.candidate_minutes_planned > 0 and x.candidate_seconds_held is not null"
                                + " then 1 else 0 end),"
                                + " sum(case when x.candidate_minutes_planned > 0"
                                + " and x.candidate_seconds_held >= x.candidate_minutes_planned * 60 - 60 then 1 else 0 end),"
                                + " sum(x.panel_size)"
                                + " from analytics_interview x" + interviews.sql(),
                        interviews,
                        rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .get(0);
        AnalyticsWhere scorecards = new AnalyticsWhere(criteria, "s", false, false);
        long submitted = query(
                        "select count(*) from analytics_scorecard s" + scorecards.sql(),
                        scorecards,
                        rs -> rs.getLong(1))
                .get(0);
        long[] decided = query(
                        "select count(*), sum(case when (d.outcome = 'HIRE' and d.weighted_score < (1 + x.scale_points) / 2.0)"
                                + " or (d.outcome = 'NO_HIRE' and d.weighted_score > (1 + x.scale_points) / 2.0)"
                                + " then 1 else 0 end)"
                                + " from decision d join analytics_interview x on x.interview_id = d.interview_id"
                                + interviews.sql() + " and d.weighted_score is not null",
                        interviews,
                        rs -> new long[] {rs.getLong(1), rs.getLong(2)})
                .get(0);
        return new ProcessCounts(
                counts[0], counts[1], counts[2], counts[3], counts[4], submitted, decided[0], decided[1]);
    }

    @Override
    public List<QuestionCount> questionExposure(AnalyticsCriteria criteria, int limit) {
        AnalyticsWhere where = new AnalyticsWhere(criteria, "x", false, false);
        Map<Long, long[]> asked = new HashMap<>();
        query(
                "select a.interview_id, a.question_ids from agenda_item a"
                        + " join analytics_interview x on x.interview_id = a.interview_id" + where.sql()
                        + " and a.kind = 'COMPETENCY' and a.question_ids <> '[]'",
                where,
                rs -> {
                    Matcher ids = NUMBER.matcher(rs.getString(2));
                    while (ids.find()) {
                        asked.computeIfAbsent(Long.parseLong(ids.group()), k -> new long[1])[0]++;
                    }
                    return null;
                });
        List<Map.Entry<Long, long[]>> top = asked.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .toList();
        if (top.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> texts = new HashMap<>();
        List<Object> ids = top.stream().map(e -> (Object) e.getKey()).toList();
        query(
                "select q.id, c.competency_key, q.question_text from question q"
                        + " join competency c on c.id = q.competency_id where q.id in ("
                        + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")",
                ids,
                rs -> texts.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}));
        return top.stream()
                .map(e -> {
                    String[] text = texts.getOrDefault(e.getKey(), new String[] {"", ""});
                    return new QuestionCount(e.getKey(), text[0], text[1], e.getValue()[0]);
                })
                .toList();
    }

    @Override
    public List<CandidateDecision> decisions(AnalyticsCriteria criteria) {
        AnalyticsWhere where = new AnalyticsWhere(criteria, "x", false, false);
        return query(
                "select i.candidate_external_id, d.outcome from decision d"
                        + " join analytics_interview x on x.interview_id = d.interview_id"
                        + " join interview i on i.id = d.interview_id" + where.sql(),
                where,
                rs -> new CandidateDecision(rs.getString(1), !"NO_HIRE".equals(rs.getString(2))));
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, AnalyticsWhere where, Row<T> row) {
        return run(sql, statement -> where.bind(statement, 1), row);
    }

    private <T> List<T> query(String sql, List<Object> parameters, Row<T> row) {
        return run(
                sql,
                statement -> {
                    int position = 1;
                    for (Object parameter : parameters) {
                        statement.setObject(position++, parameter);
                    }
                    return position;
                },
                row);
    }

    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement statement) throws SQLException;
    }

    private <T> List<T> run(String sql, Binder binder, Row<T> row) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    T value = row.read(rs);
                    if (value != null) {
                        rows.add(value);
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Analytics query failed: " + e.getMessage(), e);
        }
    }
}
