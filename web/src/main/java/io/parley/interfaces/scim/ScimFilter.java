package io.parley.interfaces.scim;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The filters Entra ID and Okta send: one attribute compared for equality with a string, e.g.
 * {@code userName eq "ada@example.com"} or {@code externalId eq "4f2c..."} (RFC 7644, section 3.4.2.2). Attribute
 * names and the operator compare ignoring case, as the RFC asks; anything else (other operators, {@code and},
 * {@code or}, {@code not}, other attributes) is an {@code invalidFilter} refusal that says what is supported.
 *
 * @param attribute the attribute as {@code allowed} spells it
 * @param value the compared value, unescaped
 */
public record ScimFilter(String attribute, String value) {

    static final int MAX_LENGTH = 1000;

    /**
     * Parses {@code text}; {@code allowed} maps each supported attribute, lower case and optionally prefixed by its
     * schema URN, to its canonical name. A blank filter is empty (no filter).
     */
    public static Optional<ScimFilter> parse(String text, Map<String, String> allowed) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            throw ScimError.invalidFilter("The filter is longer than " + MAX_LENGTH + " characters.");
        }
        String filter = text.strip();
        int space = indexOfWhitespace(filter, 0);
        if (space < 0) {
            throw unsupported(text, allowed);
        }
        String path = filter.substring(0, space);
        String rest = filter.substring(space).stripLeading();
        int opEnd = indexOfWhitespace(rest, 0);
        if (opEnd < 0) {
            throw unsupported(text, allowed);
        }
        String operator = rest.substring(0, opEnd);
        String operand = rest.substring(opEnd).strip();
        if (!operator.equalsIgnoreCase("eq")) {
            throw ScimError.invalidFilter("Only the operator 'eq' is supported, not '" + operator + "'.");
        }
        String attribute = allowed.get(withoutSchema(path).toLowerCase(Locale.ROOT));
        if (attribute == null) {
            throw unsupported(text, allowed);
        }
        return Optional.of(new ScimFilter(attribute, stringValue(operand)));
    }

    private static String withoutSchema(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("urn:")) {
            int colon = path.lastIndexOf(':');
            return path.substring(colon + 1);
        }
        return path;
    }

    /** A JSON string literal: double quotes, with JSON's escapes; nothing may follow it. */
    static String stringValue(String operand) {
        if (operand.length() < 2 || operand.charAt(0) != '"') {
            throw ScimError.invalidFilter("Compare with a string in double quotes, e.g. userName eq \"ada\".");
        }
        StringBuilder value = new StringBuilder();
        int i = 1;
        while (i < operand.length()) {
            char c = operand.charAt(i);
            if (c == '"') {
                if (i != operand.length() - 1) {
                    throw ScimError.invalidFilter("Only one comparison is supported; 'and', 'or' and 'not' are not: "
                            + operand.substring(i + 1).strip());
                }
                return value.toString();
            }
            if (c == '\\') {
                if (i + 1 >= operand.length()) {
                    break;
                }
                char escaped = operand.charAt(i + 1);
                switch (escaped) {
                    case '"', '\\', '/' -> value.append(escaped);
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        if (i + 6 > operand.length()) {
                            throw ScimError.invalidFilter("The filter has a broken \\u escape.");
                        }
                        try {
                            value.append((char) Integer.parseInt(operand.substring(i + 2, i + 6), 16));
                        } catch (NumberFormatException e) {
                            throw ScimError.invalidFilter("The filter has a broken \\u escape.");
                        }
                        i += 4;
                    }
                    default -> throw ScimError.invalidFilter("The filter has an unknown escape \\" + escaped + ".");
                }
                i += 2;
                continue;
            }
            value.append(c);
            i++;
        }
        throw ScimError.invalidFilter("The filter's string has no closing double quote.");
    }

    private static int indexOfWhitespace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static ScimError unsupported(String text, Map<String, String> allowed) {
        return ScimError.invalidFilter("Unsupported filter '" + text + "': use one of "
                + allowed.values().stream().distinct().sorted().toList() + " eq \"value\".");
    }
}
