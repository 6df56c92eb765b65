package io.parley.domain.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list: the items, the total count and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) implements Serializable {

    public static final int MAX_LIMIT = 100;

    public Page {
        items = List.copyOf(items);
    }

    /** Clamps a requested page size to 1..{@link #MAX_LIMIT}. */
    public static int limit(int requested) {
        return Math.max(1, Math.min(MAX_LIMIT, requested));
    }
}
