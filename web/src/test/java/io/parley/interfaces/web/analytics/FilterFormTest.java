package io.parley.interfaces.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.analytics.Analytics.CompetencyChoice;
import io.parley.application.analytics.Analytics.KitChoice;
import io.parley.application.analytics.AnalyticsFilter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter as the address gives it: what becomes the service's filter, and what is refused with which message. */
class FilterFormTest {

    static final List<KitChoice> KITS = List.of(
            new KitChoice(
                    "backend-engineer-onsite",
                    "Backend Engineer – Onsite",
                    List.of(1, 2),
                    List.of(
                            new CompetencyChoice("system-design", "System design"),
                            new CompetencyChoice("code-quality", "Code quality"))),
            new KitChoice("sales-lead", "Sales lead", List.of(1), List.of(new CompetencyChoice("closing", "Closing"))));

    private static FilterForm form(String... pairs) {
        FilterForm form = new FilterForm();
        for (int i = 0; i < pairs.length; i += 2) {
            form.set(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void everyPartOfAValidAddressReachesTheFilter() {
        FilterForm form = form(
                "kit", "backend-engineer-onsite",
                "version", "2",
                "from", "2026-01-01",
                "to", " 2026-03-31 ",
                "competency", "code-quality",
                "interviewer", "ines");
        assertTrue(form.check(KITS, true), form.problems().toString());
        assertEquals(
                new AnalyticsFilter(
                        "backend-engineer-onsite",
                        2,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 3, 31),
                        "code-quality",
                        "ines"),
                form.filter());
        assertEquals("Backend Engineer – Onsite", form.kit().orElseThrow().name());
        assertEquals(2, form.competencies().size());
    }

    @Test
    void noParametersMeanNoRestriction() {
        FilterForm form = form();
        assertTrue(form.check(KITS, true));
        assertEquals(AnalyticsFilter.all(), form.filter());
        assertFalse(form.isRestricted());
        assertEquals("", form.query());
    }

    @Test
    void eachWrongValueIsNamedAndKeptAsGiven() {
        FilterForm form = form(
                "kit", "no-such-kit",
                "from", "2026-13-45",
                "to", "yesterday",
                "interviewer", "x".repeat(65));
        assertFalse(form.check(KITS, true));
        assertEquals(
                "analytics.problem.unknownKit",
                form.problem("kit").orElseThrow().key());
        assertEquals(List.of("no-such-kit"), form.problem("kit").orElseThrow().arguments());
        assertEquals(
                "analytics.problem.date", form.problem("from").orElseThrow().key());
        assertEquals(List.of("2026-13-45"), form.problem("from").orElseThrow().arguments());
        assertEquals("analytics.problem.date", form.problem("to").orElseThrow().key());
        assertEquals(
                "analytics.problem.interviewer",
                form.problem("interviewer").orElseThrow().key());
        assertEquals("2026-13-45", form.get("from"), "the input stays as typed");
        assertEquals("no-such-kit", form.get("kit"));
        assertFalse(form.isValid());
        assertThrows(IllegalStateException.class, form::filter, "no filter from wrong values");
    }

    @Test
    void aVersionOrCompetencyMustBelongToTheChosenKit() {
        FilterForm form = form("kit", "sales-lead", "version", "2", "competency", "system-design");
        assertFalse(form.check(KITS, false));
        assertEquals(
                "analytics.problem.version",
                form.problem("version").orElseThrow().key());
        assertEquals(
                List.of("2", "Sales lead"),
                form.problem("version").orElseThrow().arguments());
        assertEquals(
                "analytics.problem.competency",
                form.problem("competency").orElseThrow().key());

        FilterForm notANumber = form("kit", "sales-lead", "version", "one");
        assertFalse(notANumber.check(KITS, false));
        assertEquals(
                "analytics.problem.version",
                notANumber.problem("version").orElseThrow().key());

        FilterForm zero = form("kit", "no-such-kit", "version", "0");
        assertFalse(zero.check(KITS, false), "AnalyticsFilter refuses a version below 1: never built");
        assertEquals(
                "analytics.problem.version",
                zero.problem("version").orElseThrow().key());

        FilterForm withoutKit = form("version", "1", "competency", "closing");
        assertFalse(withoutKit.check(KITS, false));
        assertEquals(
                "analytics.problem.needsKit",
                withoutKit.problem("version").orElseThrow().key());
        assertEquals(
                "analytics.problem.needsKit",
                withoutKit.problem("competency").orElseThrow().key());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAtItsEnd() {
        FilterForm form = form("from", "2026-03-31", "to", "2026-01-01");
        assertFalse(form.check(KITS, false));
        assertEquals(
                "analytics.problem.period", form.problem("to").orElseThrow().key());
        assertTrue(form.problem("from").isEmpty());
        assertTrue(form("from", "2026-03-31", "to", "2026-03-31").check(KITS, false), "one day is a period");
    }

    @Test
    void aPageWithoutTheInterviewerFieldDropsIt() {
        FilterForm form = form("kit", "sales-lead", "interviewer", "ines");
        assertTrue(form.check(KITS, false));
        assertNull(form.filter().interviewer());
        assertEquals("?kit=sales-lead", form.query(), "links from this page do not carry it on either");
    }

    @Test
    void aPageWithoutKitFieldsDropsKitVersionAndCompetency() {
        FilterForm form = form("kit", "no-such-kit", "version", "x", "competency", "y", "from", "2026-01-01");
        assertTrue(form.check(List.of(), false, false), form.problems().toString());
        assertEquals(new AnalyticsFilter(null, null, LocalDate.of(2026, 1, 1), null, null, null), form.filter());
        assertEquals("?from=2026-01-01", form.query());
    }

    @Test
    void theAddressKeepsTheValuesAsGivenEncodedAndAddsMore() {
        FilterForm form = form("kit", "sales-lead", "from", "2026-01-01", "interviewer", "a&b=c d");
        assertEquals("?kit=sales-lead&from=2026-01-01&interviewer=a%26b%3Dc+d", form.query());
        assertEquals(
                "?kit=sales-lead&from=2026-01-01&interviewer=a%26b%3Dc+d&sort=-leniency",
                form.query("sort", "-leniency"));
        assertEquals(
                "?kit=sales-lead&from=2026-01-01&interviewer=a%26b%3Dc+d", form.query("sort", ""), "empty is left out");
        assertEquals("?kit=sales-lead&from=2026-01-01&interviewer=omar", form.queryWithInterviewer("omar"));
        assertEquals("a&b=c d", form.get("interviewer"), "the copy did not change the form");
    }

    @Test
    void aDefaultKitOnlyFillsAnEmptyChoice() {
        FilterForm form = form();
        form.defaultKit("sales-lead");
        assertEquals("sales-lead", form.get("kit"));
        form.defaultKit("backend-engineer-onsite");
        assertEquals("sales-lead", form.get("kit"));
        assertThrows(IllegalArgumentException.class, () -> form.set("sort", "x"), "only filter parameters");
    }
}
