package io.parley.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** One table's pending inserts, sent as one JDBC batch when the generator flushes. */
final class Batch implements AutoCloseable {

    private final String table;
    private final int columns;
    private final PreparedStatement statement;
    private int pending;
    private long written;

    Batch(Connection connection, String table, List<String> columns) throws SQLException {
        this.table = table;
        this.columns = columns.size();
        this.statement = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                + ") values (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
    }

    Batch(Connection connection, String table, String... columns) throws SQLException {
        this(connection, table, List.of(columns));
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        pending++;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    String table() {
        return table;
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
    }
}
