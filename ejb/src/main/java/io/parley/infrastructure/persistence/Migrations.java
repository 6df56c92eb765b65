package io.parley.infrastructure.persistence;

import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Where Parley's migrations are: the SQL ones in {@code db/migration} and the Java ones listed here. */
public final class Migrations {

    private Migrations() {}

    public static FluentConfiguration of(FluentConfiguration configuration) {
        return configuration
                .locations("classpath:db/migration")
                .javaMigrations(new AnalyticsBackfill(), new AnalyticsPacking());
    }
}
