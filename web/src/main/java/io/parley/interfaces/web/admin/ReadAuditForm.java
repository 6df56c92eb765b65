package io.parley.interfaces.web.admin;

import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.shared.DomainException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The read-audit filter as the address gives it ({@code ?reader=&interview=&kind=&from=&to=}), shared by the page and
 * its CSV: the raw values, kept as typed so the form shows them again, and {@link #check} turning them into a
 * {@link ReadAuditFilter} or naming each wrong one (a message key and its arguments). {@code from} and {@code to} are
 * days in the server's time zone, both included.
 */
public final class ReadAuditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String READER = "reader";
    public static final String INTERVIEW = "interview";
    public static final String KIND = "kind";
    public static final String FROM = "from";
    public static final String TO = "to";

    /** The parameters in the order the form and the address name them. */
    public static final List<String> PARAMETERS = List.of(READER, INTERVIEW, KIND, FROM, TO);

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Problem> problems = new LinkedHashMap<>();
    private final ZoneId zone;
    private ReadAuditFilter filter;

    /** What is wrong with one parameter: a key of the messages bundle and its arguments. */
    public record Problem(String key, List<Object> arguments) implements Serializable {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String key, Object... arguments) {
            return new Problem(key, List.of(arguments));
        }
    }

    public ReadAuditForm(ZoneId zone) {
        this.zone = zone;
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

    /** Checks every value; returns whether the filter can be used, else {@link #problems()} names each wrong one. */
    public boolean check() {
        problems.clear();
        filter = null;
        String reader = get(READER);
        if (reader.length() > ReadRecord.MAX_READER || reader.chars().anyMatch(Character::isISOControl)) {
            problems.put(READER, Problem.of("readAudit.problem.reader", ReadRecord.MAX_READER));
        }
        Long interview = interview();
        ReadKind kind = kind();
        LocalDate from = date(FROM);
        LocalDate to = date(TO);
        if (from != null && to != null && from.isAfter(to)) {
            problems.put(TO, Problem.of("readAudit.problem.period"));
        }
        if (!problems.isEmpty()) {
            return false;
        }
        try {
            filter = new ReadAuditFilter(
                    reader.isEmpty() ? null : reader,
                    interview,
                    kind,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        } catch (DomainException e) {
            // the checks above are the domain's; kept in step by ReadAuditFormTest
            problems.put(READER, Problem.of(e.code(), e.arguments()));
            return false;
        }
        return true;
    }

    private Long interview() {
        String text = get(INTERVIEW);
        if (text.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.put(INTERVIEW, Problem.of("readAudit.problem.interview", text));
        return null;
    }

    private ReadKind kind() {
        String text = get(KIND);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return ReadKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.put(KIND, Problem.of("readAudit.problem.kind", text));
            return null;
        }
    }

    private LocalDate date(String parameter) {
        String text = get(parameter);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problems.put(parameter, Problem.of("readAudit.problem.date", text));
            return null;
        }
    }

    /** The checked filter; only after {@link #check} returned true. */
    public ReadAuditFilter filter() {
        if (filter == null) {
            throw new IllegalStateException("The filter was not checked, or it is not valid");
        }
        return filter;
    }

    public Map<String, Problem> problems() {
        return Map.copyOf(problems);
    }

    public Optional<Problem> problem(String parameter) {
        return Optional.ofNullable(problems.get(parameter));
    }

    /** The query string of the values given (without {@code ?}), plus {@code extra} name/value pairs. */
    public String query(String... extra) {
        StringJoiner query = new StringJoiner("&");
        values.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            query.add(extra[i] + "=" + URLEncoder.encode(extra[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
