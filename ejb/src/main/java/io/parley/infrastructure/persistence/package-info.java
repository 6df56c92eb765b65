/**
 * The database: the application's data source, Flyway migrations run at deploy, and the JPA repositories.
 * The schema is only ever changed by the migrations in {@code db/migration}.
 */
package io.parley.infrastructure.persistence;
