package io.parley.infrastructure.persistence;

import io.parley.domain.model.analytics.AnalyticsCriteria;
import io.parley.domain.model.analytics.AnalyticsRepository;
import io.parley.domain.model.analytics.InterviewFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The analytics queries, in plain JDBC over the fact tables of V14: the scan reads one row per interview (its packed
 * facts, V15) and keeps none; the others aggregate in the database, whatever the size of the data. They run on
 * the transaction's connection (callers need a transaction, as every use case has).
 */
@ApplicationScoped
public class JdbcAnalyticsRepository implements AnalyticsRepository {

    private static final int NAMES_PER_QUERY = 500;

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
    public void scan(AnalyticsCriteria criteria, Consumer<InterviewFacts> consumer) {
        AnalyticsWhere where = new AnalyticsWhere(criteria, "x", false, false);
        query(
                "select x.scale_points, x.facts from analytics_interview x" + where.sql() + " and x.facts is not null",
                where,
                rs -> {
                    consumer.accept(PackedFacts.unpack(rs.getInt(1), rs.getBytes(2)));
                    return null;
                });
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> all = new ArrayList<>(usernames);
        for (int from = 0; from < all.size(); from += NAMES_PER_QUERY) {
            List<Object> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + NAMES_PER_QUERY)));
            query(
                    "select username, display_name from app_user where username in ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    chunk,
                    rs -> names.put(rs.getString(1), rs.getString(2)));
        }
        return names;
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
        long[] decided = query(
                        "select count(*), sum(case when (d.outcome = 'HIRE' and d.weighted_score < (1 + x.scale_points) / 2.0)"
                                + " or (d.outcome = 'NO_HIRE' and d.weighted_score > (1 + x.scale_points) / 2.0)"
                                + " then 1 else 0 end)"
                                + " from decision d join analytics_interview x on x.interview_id = d.interview_id"
                                + interviews.sql() + " and d.weighted_score is not null",
                        interviews,
                        rs -> new long[] {rs.getLong(1), rs.getLong(2)})
                .get(0);
        return new ProcessCounts(counts[0], counts[1], counts[2], counts[3], counts[4], decided[0], decided[1]);
    }

    @Override
    public Map<Long, QuestionText> questionTexts(Collection<Long> ids) {
        Map<Long, QuestionText> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        query(
                "select q.id, c.competency_key, q.question_text from question q"
                        + " join competency c on c.id = q.competency_id where q.id in ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                new ArrayList<Object>(ids),
                rs -> texts.put(rs.getLong(1), new QuestionText(rs.getString(2), rs.getString(3))));
        return texts;
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
