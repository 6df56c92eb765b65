package io.parley.domain.shared;

import java.util.List;
import java.util.Objects;

/** Checks shared by the value objects: trimmed, bounded, non-blank text. */
public final class Texts {

    private Texts() {}

    /** Trims {@code value}; refuses null, blank or longer than {@code max}. */
    public static String required(String value, int max, String field) {
        String trimmed = optional(value, max, field);
        if (trimmed.isEmpty()) {
            throw new DomainException("validation.required", field);
        }
        return trimmed;
    }

    /**
     * Like {@link #required}, for a name or title shown on one line (and in mail headers and calendar invites):
     * refuses control characters (line breaks, tabs, NUL and the rest of Unicode's Cc category), the line and
     * paragraph separators, and the bidirectional overrides that make text read differently from what it holds.
     */
    public static String requiredLine(String value, int max, String field) {
        String line = required(value, max, field);
        if (line.codePoints().anyMatch(Texts::unprintable)) {
            throw new DomainException("validation.controlCharacters", field);
        }
        return line;
    }

    private static boolean unprintable(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == '\u2028'
                || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    /** Trims {@code value} (null becomes empty); refuses text longer than {@code max}. */
    public static String optional(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new DomainException("validation.tooLong", field, max);
        }
        return trimmed;
    }

    /** Trims every entry, drops blank ones, refuses an entry longer than {@code max}. */
    public static List<String> lines(List<String> values, int max, String field) {
        Objects.requireNonNull(values, field);
        return values.stream()
                .map(v -> optional(v, max, field))
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
