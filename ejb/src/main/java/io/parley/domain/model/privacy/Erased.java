package io.parley.domain.model.privacy;

/** What stands where a text about a candidate was removed (a column that may not be empty keeps this marker). */
public final class Erased {

    /** The marker; pages show it as "erased" in the reader's language. */
    public static final String TEXT = "[erased]";

    private Erased() {}

    /** The marker for a text that was there; an empty or missing one stays as it was. */
    public static String text(String original) {
        return original == null || original.isBlank() ? original : TEXT;
    }
}
