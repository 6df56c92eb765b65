package io.parley.application.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Computed figures by what they were asked for, valid while the data version they were computed from holds (a
 * debrief opening or a decision changes it; every instance reads it from the database, so none serves stale
 * figures). At most {@link #MAX_ENTRIES} entries; when full, it starts over.
 */
@ApplicationScoped
public class AnalyticsCache {

    static final int MAX_ENTRIES = 200;

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String version, Object value) {}

    @SuppressWarnings("unchecked")
    <T> T get(Object key, String version, Supplier<T> compute) {
        Entry cached = entries.get(key);
        if (cached != null && cached.version().equals(version)) {
            return (T) cached.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(version, value));
        return value;
    }
}
