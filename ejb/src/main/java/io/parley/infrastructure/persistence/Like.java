package io.parley.infrastructure.persistence;

import java.util.Locale;

/** LIKE patterns from what a user typed: the text taken literally, with {@code \} as the escape character. */
final class Like {

    private Like() {}

    /** {@code %text%} in lower case, with {@code \}, {@code %} and {@code _} escaped; use with {@code escape '\'}. */
    static String containing(String text) {
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
