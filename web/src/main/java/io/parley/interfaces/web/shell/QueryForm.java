package io.parley.interfaces.web.shell;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A filter as the address gives it ({@code ?name=value&…}), what the analytics filter and the read audit's share: the
 * raw values of a fixed list of parameters, kept as typed so the form shows them again; the problems a subclass's
 * check finds, per parameter a message key and its arguments; the checks of a day and of a period; and the query that
 * carries the values on to the next address. The subclass's check turns the values into its service's filter, an
 * {@code F}.
 */
public abstract class QueryForm<F extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> parameters;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Problem> problems = new LinkedHashMap<>();
    private F filter;
    private transient Map<String, String> view;

    /** What is wrong with one parameter: a key of the messages bundle and its arguments. */
    public record Problem(String key, List<Object> arguments) implements Serializable {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String key, Object... arguments) {
            return new Problem(key, List.of(arguments));
        }
    }

    /** {@code parameters}: the only names {@link #set} takes, in the order the form and the address name them. */
    protected QueryForm(List<String> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    /** The raw value, "" when the address gave none. */
    public String get(String parameter) {
        return values.getOrDefault(parameter, "");
    }

    /** Sets a raw value as the address gave it (blank is "no restriction"). */
    public void set(String parameter, String value) {
        if (!takes(parameter)) {
            throw new IllegalArgumentException("No filter parameter " + parameter);
        }
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            values.remove(parameter);
        } else {
            values.put(parameter, text);
        }
    }

    /** Whether {@code parameter} is one of this form's. */
    boolean takes(String parameter) {
        return parameters.contains(parameter);
    }

    /** The values given, by parameter, for the page: {@code #{bean.form.values.from}} reads and sets one. */
    public Map<String, String> getValues() {
        if (view == null) {
            view = new QueryValues(this, Collections.unmodifiableMap(values));
        }
        return view;
    }

    /** What is wrong, by parameter, in the order the check found it; empty before a check. */
    public Map<String, Problem> problems() {
        return Collections.unmodifiableMap(problems);
    }

    /** What is wrong with {@code parameter}, if anything. */
    public Optional<Problem> problem(String parameter) {
        return Optional.ofNullable(problems.get(parameter));
    }

    /** Forgets the last check's problems and filter (a check starts with this). */
    protected final void startCheck() {
        problems.clear();
        filter = null;
    }

    /** The values hold: {@code checked} is the filter they give. */
    protected final void accept(F checked) {
        filter = checked;
    }

    /** The checked filter; only after the check returned true. */
    public F filter() {
        if (filter == null) {
            throw new IllegalStateException("The filter was not checked, or it is not valid");
        }
        return filter;
    }

    /** Whether the last check gave a filter. */
    public boolean isValid() {
        return filter != null;
    }

    /** Names what is wrong with {@code parameter}: message {@code key} with {@code arguments}. */
    protected final void report(String parameter, String key, Object... arguments) {
        problems.put(parameter, Problem.of(key, arguments));
    }

    /** Whether the check so far found anything wrong. */
    protected final boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * The day {@code parameter} names ({@code 2026-03-31}); null when it names none, and when its value is not a day,
     * which is a problem with message {@code key} and the value.
     */
    protected final LocalDate date(String parameter, String key) {
        String text = get(parameter);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            report(parameter, key, text);
            return null;
        }
    }

    /** A period from a day after its last day is a problem of its end, {@code toParameter}; one day is a period. */
    protected final void checkPeriod(LocalDate from, LocalDate to, String toParameter, String key) {
        if (from != null && to != null && from.isAfter(to)) {
            report(toParameter, key);
        }
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
