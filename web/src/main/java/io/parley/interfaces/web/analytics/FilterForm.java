package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics.CompetencyChoice;
import io.parley.application.analytics.Analytics.KitChoice;
import io.parley.application.analytics.AnalyticsFilter;
import io.parley.interfaces.web.shell.QueryForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The analytics filter as the address gives it ({@code ?kit=&version=&from=&to=&competency=&interviewer=}): the raw
 * values ({@link QueryForm}), and {@link #check} turning them into an {@link AnalyticsFilter} or naming each one that
 * is wrong. The page's form is a plain GET form, so applying a filter gives an address one can bookmark and send.
 */
public final class FilterForm extends QueryForm<AnalyticsFilter> {

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

    private KitChoice kit;

    public FilterForm() {
        super(PARAMETERS);
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
        startCheck();
        kit = null;
        if (!interviewers) {
            set(INTERVIEWER, null);
        }
        if (!kitFields) {
            set(KIT, null);
            set(VERSION, null);
            set(COMPETENCY, null);
        }
        String kitKey = get(KIT);
        if (!kitKey.isEmpty()) {
            kit = kits.stream().filter(k -> k.key().equals(kitKey)).findFirst().orElse(null);
            if (kit == null) {
                report(KIT, "analytics.problem.unknownKit", kitKey);
            }
        }
        Integer version = version();
        LocalDate from = date(FROM, "analytics.problem.date");
        LocalDate to = date(TO, "analytics.problem.date");
        checkPeriod(from, to, TO, "analytics.problem.period");
        String competency = competency();
        String interviewer = interviewers ? interviewer() : null;
        if (hasProblems()) {
            return false;
        }
        accept(new AnalyticsFilter(kit == null ? null : kit.key(), version, from, to, competency, interviewer));
        return true;
    }

    private Integer version() {
        String text = get(VERSION);
        if (text.isEmpty()) {
            return null;
        }
        if (get(KIT).isEmpty()) {
            report(VERSION, "analytics.problem.needsKit");
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
            report(VERSION, "analytics.problem.version", text, kit == null ? get(KIT) : kit.name());
        }
        return number;
    }

    private String competency() {
        String key = get(COMPETENCY);
        if (key.isEmpty()) {
            return null;
        }
        if (get(KIT).isEmpty()) {
            report(COMPETENCY, "analytics.problem.needsKit");
            return null;
        }
        if (kit != null && kit.competencies().stream().noneMatch(c -> c.key().equals(key))) {
            report(COMPETENCY, "analytics.problem.competency", key, kit.name());
        }
        return key;
    }

    private String interviewer() {
        String username = get(INTERVIEWER);
        if (username.isEmpty()) {
            return null;
        }
        if (username.length() > MAX_TEXT || username.chars().anyMatch(Character::isISOControl)) {
            report(INTERVIEWER, "analytics.problem.interviewer", MAX_TEXT);
        }
        return username;
    }

    /** The kit the address names, when it is known. */
    public Optional<KitChoice> kit() {
        return Optional.ofNullable(kit);
    }

    /** The competencies the form offers: the chosen kit's (none without a kit). */
    public List<CompetencyChoice> competencies() {
        return kit == null ? List.of() : kit.competencies();
    }

    /** Whether any part of the filter restricts the figures (for "all interviews" in the summary). */
    public boolean isRestricted() {
        return !getValues().isEmpty();
    }

    /** These values with another interviewer (a link from a row of the interviewers table). */
    public String queryWithInterviewer(String username) {
        FilterForm copy = copy();
        copy.set(INTERVIEWER, username);
        return copy.query();
    }

    FilterForm copy() {
        FilterForm copy = new FilterForm();
        getValues().forEach(copy::set);
        return copy;
    }
}
