package io.parley.infrastructure.persistence;

import io.parley.domain.model.analytics.AnalyticsCriteria;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The where clause of an analytics query over one fact table (alias {@code alias}), with its parameters. */
final class AnalyticsWhere {

    private final StringBuilder sql = new StringBuilder(" where 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    /**
     * @param competency whether the table has a competency column the criteria may restrict
     * @param interviewer whether to restrict the interviewer (when the criteria name one)
     */
    AnalyticsWhere(AnalyticsCriteria criteria, String alias, boolean competency, boolean interviewer) {
        add(alias + ".kit_key = ?", criteria.kitKey());
        add(alias + ".kit_version = ?", criteria.version());
        add(alias + ".starts_at >= ?", criteria.from() == null ? null : utc(criteria));
        add(
                alias + ".starts_at < ?",
                criteria.to() == null ? null : OffsetDateTime.ofInstant(criteria.to(), ZoneOffset.UTC));
        if (competency) {
            add(alias + ".competency_key = ?", criteria.competency());
        }
        if (interviewer) {
            add(alias + ".interviewer = ?", criteria.interviewer());
        }
    }

    private static OffsetDateTime utc(AnalyticsCriteria criteria) {
        return OffsetDateTime.ofInstant(criteria.from(), ZoneOffset.UTC);
    }

    private void add(String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            parameters.add(value);
        }
    }

    String sql() {
        return sql.toString();
    }

    /** Binds the parameters from position {@code first}; returns the next free position. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int position = first;
        for (Object parameter : parameters) {
            statement.setObject(position++, parameter);
        }
        return position;
    }
}
