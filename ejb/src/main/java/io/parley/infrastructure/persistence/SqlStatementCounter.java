package io.parley.infrastructure.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread, so tests and benchmarks can show that a page's
 * statement count does not grow with the data it shows (no N+1). Registered in {@code persistence.xml}; costs one
 * thread-local increment per statement.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }
}
