package io.parley.interfaces.web.admin;

import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.QueryForm;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The read-audit filter as the address gives it ({@code ?reader=&interview=&kind=&from=&to=}), shared by the page and
 * its CSV: the raw values ({@link QueryForm}), and {@link #check} turning them into a {@link ReadAuditFilter} or naming
 * each wrong one. {@code from} and {@code to} are days in the server's time zone, both included.
 */
public final class ReadAuditForm extends QueryForm<ReadAuditFilter> {

    private static final long serialVersionUID = 1L;

    public static final String READER = "reader";
    public static final String INTERVIEW = "interview";
    public static final String KIND = "kind";
    public static final String FROM = "from";
    public static final String TO = "to";

    /** The parameters in the order the form and the address name them. */
    public static final List<String> PARAMETERS = List.of(READER, INTERVIEW, KIND, FROM, TO);

    private final ZoneId zone;

    public ReadAuditForm(ZoneId zone) {
        super(PARAMETERS);
        this.zone = zone;
    }

    /** Checks every value; returns whether the filter can be used, else {@link #problems()} names each wrong one. */
    public boolean check() {
        startCheck();
        String reader = get(READER);
        if (reader.length() > ReadRecord.MAX_READER || reader.chars().anyMatch(Character::isISOControl)) {
            report(READER, "readAudit.problem.reader", ReadRecord.MAX_READER);
        }
        Long interview = interview();
        ReadKind kind = kind();
        LocalDate from = date(FROM, "readAudit.problem.date");
        LocalDate to = date(TO, "readAudit.problem.date");
        checkPeriod(from, to, TO, "readAudit.problem.period");
        if (hasProblems()) {
            return false;
        }
        try {
            accept(new ReadAuditFilter(
                    reader.isEmpty() ? null : reader,
                    interview,
                    kind,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant()));
        } catch (DomainException e) {
            // the checks above are the domain's; kept in step by ReadAuditFormTest
            report(READER, e.code(), e.arguments());
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
        report(INTERVIEW, "readAudit.problem.interview", text);
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
            report(KIND, "readAudit.problem.kind", text);
            return null;
        }
    }
}
