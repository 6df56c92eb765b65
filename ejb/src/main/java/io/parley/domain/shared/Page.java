package io.parley.domain.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list: the items, the total count and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) implements Serializable {

    public static final int MAX_LIMIT = 100;

    public Page {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one item: " + limit);
        }
        items = List.copyOf(items);
    }

    /** Clamps a requested page size to 1..{@link #MAX_LIMIT}. */
    public static int limit(int requested) {
        return Math.max(1, Math.min(MAX_LIMIT, requested));
    }

    /** How many pages of {@code limit} items {@code total} items make (at least one, also for none). */
    public static long pages(long total, int limit) {
        return Math.max(1, (total + limit - 1) / limit);
    }

    /** A page number as an address gives it: missing, not a number or below 1 is the first page. */
    public static int requested(String number) {
        try {
            return number == null ? 1 : Math.max(1, Integer.parseInt(number.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** Page {@code number} (from 1) of a list held in memory; past the end it is the last page. */
    public static <T> Page<T> of(List<T> all, int number, int limit) {
        int shown = (int) Math.min(Math.max(1, number), pages(all.size(), limit));
        int from = (shown - 1) * limit;
        return new Page<>(all.subList(from, Math.min(all.size(), from + limit)), all.size(), from, limit);
    }

    /** This page's number, counting from 1. */
    public int number() {
        return offset / limit + 1;
    }

    /** How many pages the whole list makes. */
    public long pages() {
        return pages(total, limit);
    }

    /** Whether this page lies past the end of a list that has items (a page number from an old link). */
    public boolean pastTheEnd() {
        return items.isEmpty() && total > 0;
    }

    /** Where the list's last page starts. */
    public int lastOffset() {
        return (int) ((pages() - 1) * limit);
    }

    /** The position of this page's first item in the whole list, from 1 (0 when the page is empty). */
    public long firstShown() {
        return items.isEmpty() ? 0 : offset + 1L;
    }

    /** The position of this page's last item in the whole list (0 when the page is empty). */
    public long lastShown() {
        return offset + (long) items.size();
    }
}
