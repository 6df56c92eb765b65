package io.parley.infrastructure.persistence;

import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 15.1: packs the analytics facts of every interview whose debrief opened before V15 ({@link FactsPacker},
 * the code the runtime writer uses).
 */
public class AnalyticsPacking implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(AnalyticsPacking.class.getName());

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("15.1");
    }

    @Override
    public String getDescription() {
        return "analytics packed facts";
    }

    @Override
    public Integer getChecksum() {
        return 1501;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        int packed = new FactsPacker(context.getConnection()).packAll();
        LOG.info(() -> "Analytics facts packed for " + packed + " interviews");
    }
}
