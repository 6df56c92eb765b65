package io.parley.domain.model.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a candidate's name, e-mail address and ATS id in a text written about them (an agenda comment, a reason, a
 * title) by their pseudonym. The whole name and each of its parts of two letters or more count, in any case, as whole
 * words only ("Anna" but not "Annabel"); the address anywhere; the ATS id as a whole word when it has four characters
 * or more (a shorter one, such as "42", would replace numbers that mean something else). It errs towards replacing
 * too much: a part of the name that is also a common word is replaced as well.
 */
public final class NameScrubber {

    private final Pattern pattern;
    private final String replacement;

    private NameScrubber(Pattern pattern, String replacement) {
        this.pattern = pattern;
        this.replacement = replacement;
    }

    /** Replaces what names the candidate ({@code name}, {@code email}, {@code externalId}) by {@code pseudonym}'s name. */
    public static NameScrubber of(String name, String email, String externalId, Pseudonym pseudonym) {
        Set<String> words = new LinkedHashSet<>();
        name = name.strip();
        words.add(name);
        for (String part : name.split("[\\s,]+")) {
            words.add(part);
            for (String piece : part.split("[-'’.]+")) {
                words.add(piece);
            }
        }
        List<String> sorted = new ArrayList<>(
                words.stream().filter(w -> w.codePointCount(0, w.length()) >= 2).toList());
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // the whole name before its parts
        List<String> alternatives = new ArrayList<>();
        alternatives.add(Pattern.quote(email));
        if (externalId.length() >= 4) {
            alternatives.add("(?<![\\p{L}\\p{N}])" + Pattern.quote(externalId) + "(?![\\p{L}\\p{N}])");
        }
        for (String word : sorted) {
            alternatives.add("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
        }
        return new NameScrubber(
                Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                pseudonym.name());
    }

    /** The text with the candidate replaced; {@code null} stays {@code null}. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /**
     * The text with the candidate replaced, cut to {@code maxLength} characters (ending in "…") when the pseudonym made
     * it longer than its column takes.
     */
    public String scrub(String text, int maxLength) {
        String scrubbed = scrub(text);
        if (scrubbed == null || scrubbed.length() <= maxLength) {
            return scrubbed;
        }
        return scrubbed.substring(0, maxLength - 1) + "…";
    }
}
