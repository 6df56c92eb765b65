package io.parley.domain.model.user;

import io.parley.domain.shared.DomainException;
import java.util.Locale;
import java.util.Set;

/**
 * What a password Parley keeps (a local user's, in the {@code database} identity setting) must be: at least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, not containing the user name, and not one of the
 * demo's or the commonly guessed passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public static final String TOO_SHORT = "people.password.tooShort";
    public static final String TOO_LONG = "people.password.tooLong";
    public static final String CONTAINS_USERNAME = "people.password.containsUsername";
    public static final String COMMON = "people.password.common";

    /** The demo users' password and passwords that lists of breached passwords start with (lower case). */
    private static final Set<String> COMMON_PASSWORDS = Set.of(
            "parley",
            "parleyparley",
            "parley123456",
            "password",
            "password1234",
            "password123!",
            "passwort1234",
            "123456789012",
            "1234567890123",
            "qwertyuiop12",
            "qwertzuiop12",
            "iloveyou1234",
            "letmein12345",
            "welcome12345",
            "willkommen12",
            "changeme1234",
            "administrator",
            "abcdefghijkl",
            "aaaaaaaaaaaa",
            "111111111111",
            "000000000000");

    private PasswordPolicy() {}

    /** Refuses {@code password} for {@code username} with the first rule it breaks. */
    public static void check(String username, String password) {
        String candidate = password == null ? "" : password;
        if (candidate.length() < MIN_LENGTH) {
            throw new DomainException(TOO_SHORT, MIN_LENGTH);
        }
        if (candidate.length() > MAX_LENGTH) {
            throw new DomainException(TOO_LONG, MAX_LENGTH);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new DomainException(CONTAINS_USERNAME);
        }
        if (COMMON_PASSWORDS.contains(lower) || lower.chars().distinct().count() <= 2) {
            throw new DomainException(COMMON);
        }
    }
}
