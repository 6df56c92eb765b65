package io.parley.domain.shared;

import java.util.List;
import java.util.Objects;

/** Checks shared by the value objects: trimmed, bounded, non-blank text. */
public final class Texts {

    private Texts() {
    }

    /** Trims {@code value}; refuses null, blank or longer than {@code max}. */
    public static String required(String value, int max, String field) {
        String trimmed = optional(value, max, field);
        if (trimmed.isEmpty()) {
            throw new DomainException("validation.required", field);
        }
        return trimmed;
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
