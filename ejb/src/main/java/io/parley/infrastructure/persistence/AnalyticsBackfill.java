package io.parley.infrastructure.persistence;

import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 14.1: the analytics facts of every interview whose debrief opened before V14 existed, by the same
 * statements the runtime writer uses ({@link AnalyticsFactsSql}), so the two can never disagree.
 */
public class AnalyticsBackfill implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(AnalyticsBackfill.class.getName());

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14.1");
    }

    @Override
    public String getDescription() {
        return "analytics backfill";
    }

    @Override
    public Integer getChecksum() {
        return String.join("\n", AnalyticsFactsSql.inserts(AnalyticsFactsSql.DEBRIEF_OPENED))
                .hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String insert : AnalyticsFactsSql.inserts(AnalyticsFactsSql.DEBRIEF_OPENED)) {
                int rows = statement.executeUpdate(insert);
                LOG.info(() -> "Analytics backfill: " + rows + " rows into "
                        + insert.substring("insert into ".length(), insert.indexOf(' ', "insert into ".length())));
            }
        }
    }
}
