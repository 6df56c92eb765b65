package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics.CompetencyChoice;
import io.parley.application.analytics.Analytics.KitChoice;
import io.parley.application.analytics.AnalyticsFilter;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The analytics filter as the address gives it ({@code ?kit=&version=&from=&to=&competency=&interviewer=}): the raw
 * values, kept as typed so the form shows them again, and {@link #check} turning them into an {@link AnalyticsFilter}
 * or naming each one that is wrong (a message key and its arguments, per parameter). The page's form is a plain GET
 * form, so applying a filter gives an address one can bookmark and send.
 */
public final class FilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String KIT = "kit";
    public static final String VERSION = "version";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String COMPETENCY = "competency";
    public static final String INTERVIEWER = "interviewer";

    /** The parameters in the order the address and the form name them. */
    public static final List<String> PARAMETERS = List.of(KIT, VERSION, FROM, TO, COMPETENCY, INTERVIEWER);

    static final int MAX_TEXT = 64;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Problem> problems = new LinkedHashMap<>();
    private KitChoice kit;
    private AnalyticsFilter filter;

    /** What is wrong with one parameter: a key of the messages bundle and its arguments. */
    public record Problem(String key, List<Object> arguments) implements Serializable {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String key, Object... arguments) {
            return new Problem(key, List.of(arguments));
        }
    }

    public String get(String parameter) {
        return values.getOrDefault(parameter, "");
    }

    /** Sets a raw value as the address gave it (blank is "no restriction"). */
    public void set(String parameter, String value) {
        if (!PARAMETERS.contains(parameter)) {
            throw new IllegalArgumentException("No filter parameter " + parameter);
        }
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            values.remove(parameter);
        } else {
            values.put(parameter, text);
        }
    }

    /** Makes {@code kit} the chosen kit when the address names none (reliability needs one). */
    public void defaultKit(String key) {
        if (get(KIT).isEmpty() && key != null) {
            set(KIT, key);
        }
    }

    /**
     * Checks every value against the kits there are and builds the filter; {@code interviewers} says whether this
     * page filters by interviewer at all (only the interviewers table does). Returns whether the
     * filter can be used; otherwise {@link #problems()} names each wrong parameter.
     */
    public boolean check(List<KitChoice> kits, boolean interviewers) {
        return check(kits, true, interviewers);
    }

    /**
     * As {@link #check(List, boolean)}; {@code kitFields} says whether the page filters by kit, version and
     * competency at all (My calibration does not: the kits are an hr-admin's list). Fields a page does not have are
     * dropped, so its links do not carry them on.
     */
    public boolean check(List<KitChoice> kits, boolean kitFields, boolean interviewers) {
        problems.clear();
        kit = null;
        filter = null;
        if (!interviewers) {
            values.remove(INTERVIEWER);
        }
        if (!kitFields) {
            values.remove(KIT);
            values.remove(VERSION);
            values.remove(COMPETENCY);
        }
        String kitKey = get(KIT);
        if (!kitKey.isEmpty()) {
            kit = kits.stream().filter(k -> k.key().equals(kitKey)).findFirst().orElse(null);
            if (kit == null) {
                problems.put(KIT, Problem.of("analytics.problem.unknownKit", kitKey));
            }
        }
        Integer version = version();
        LocalDate from = date(FROM);
        LocalDate to = date(TO);
        if (from != null && to != null && from.isAfter(to)) {
            problems.put(TO, Problem.of("analytics.problem.period"));
        }
        String competency = competency();
        String interviewer = interviewers ? interviewer() : null;
        if (!problems.isEmpty()) {
            return false;
        }
        filter = new AnalyticsFilter(kit == null ? null : kit.key(), version, from, to, competency, interviewer);
        return true;
    }

    private Integer version() {
        String text = get(VERSION);
        if (text.isEmpty()) {
            return null;
        }
        if (get(KIT).isEmpty()) {
            problems.put(VERSION, Problem.of("analytics.problem.needsKit"));
            return null;
        }
        Integer number = null;
        try {
            number = Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (number != null && number < 1
                || kit != null && (number == null || !kit.versions().contains(number))) {
            problems.put(VERSION, Problem.of("analytics.problem.version", text, kit == null ? get(KIT) : kit.name()));
        }
        return number;
    }

    private LocalDate date(String parameter) {
        String text = get(parameter);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problems.put(parameter, Problem.of("analytics.problem.date", text));
            return null;
        }
    }

    private String competency() {
        String key = get(COMPETENCY);
        if (key.isEmpty()) {
            return null;
        }
        if (get(KIT).isEmpty()) {
            problems.put(COMPETENCY, Problem.of("analytics.problem.needsKit"));
            return null;
        }
        if (kit != null && kit.competencies().stream().noneMatch(c -> c.key().equals(key))) {
            problems.put(COMPETENCY, Problem.of("analytics.problem.competency", key, kit.name()));
        }
        return key;
    }

    private String interviewer() {
        String username = get(INTERVIEWER);
        if (username.isEmpty()) {
            return null;
        }
        if (username.length() > MAX_TEXT || username.chars().anyMatch(Character::isISOControl)) {
            problems.put(INTERVIEWER, Problem.of("analytics.problem.interviewer", MAX_TEXT));
        }
        return username;
    }

    /** The checked filter; only after {@link #check} returned true. */
    public AnalyticsFilter filter() {
        if (filter == null) {
            throw new IllegalStateException("The filter was not checked, or it is not valid");
        }
        return filter;
    }

    public boolean isValid() {
        return filter != null;
    }

    /** The kit the address names, when it is known. */
    public Optional<KitChoice> kit() {
        return Optional.ofNullable(kit);
    }

    /** The competencies the form offers: the chosen kit's (none without a kit). */
    public List<CompetencyChoice> competencies() {
        return kit == null ? List.of() : kit.competencies();
    }

    public Map<String, Problem> problems() {
        return problems;
    }

    public Problem problem(String parameter) {
        return problems.get(parameter);
    }

    /** Whether any part of the filter restricts the figures (for "all interviews" in the summary). */
    public boolean isRestricted() {
        return !values.isEmpty();
    }

    /**
     * The address's query for these values (raw, as given, so a link from a page with a wrong value keeps it), with
     * {@code more} name/value pairs appended; empty values are left out. Starts with "?" unless empty.
     */
    public String query(String... more) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        values.forEach((name, value) -> query.add(name + "=" + encode(value)));
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] != null && !more[i + 1].isEmpty()) {
                query.add(more[i] + "=" + encode(more[i + 1]));
            }
        }
        return query.toString();
    }

    /** These values with another interviewer (a link from a row of the interviewers table). */
    public String queryWithInterviewer(String username) {
        FilterForm copy = copy();
        copy.set(INTERVIEWER, username);
        return copy.query();
    }

    /** The parameters given, as name and value pairs, for hidden fields and exports. */
    public List<Map.Entry<String, String>> entries() {
        return new ArrayList<>(values.entrySet());
    }

    FilterForm copy() {
        FilterForm copy = new FilterForm();
        copy.values.putAll(values);
        return copy;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
