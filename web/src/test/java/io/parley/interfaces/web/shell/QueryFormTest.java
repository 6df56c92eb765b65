package io.parley.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.interfaces.web.shell.QueryForm.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the analytics and read-audit filters share, through a form of its own: the raw values, the problems a check
 * names, the day and period checks, the query that carries the values on, and the map the pages bind.
 */
class QueryFormTest {

    record Sample(String name, LocalDate from, LocalDate to) implements Serializable {}

    /** A filter by name (at most 5 characters) and period, checked as the real forms check theirs. */
    static final class SampleForm extends QueryForm<Sample> {

        private static final long serialVersionUID = 1L;

        SampleForm() {
            super(List.of("name", "from", "to"));
        }

        boolean check() {
            startCheck();
            if (get("name").length() > 5) {
                report("name", "sample.problem.name", 5);
            }
            LocalDate from = date("from", "sample.problem.date");
            LocalDate to = date("to", "sample.problem.date");
            checkPeriod(from, to, "to", "sample.problem.period");
            if (hasProblems()) {
                return false;
            }
            accept(new Sample(get("name"), from, to));
            return true;
        }
    }

    /** A form given {@code name}, {@code from} and {@code to} in this order (null: not in the address). */
    private static SampleForm form(String name, String from, String to) {
        SampleForm form = new SampleForm();
        form.set("name", name);
        form.set("from", from);
        form.set("to", to);
        return form;
    }

    @Test
    void keepsEachValueStrippedAndBlankIsNone() {
        SampleForm form = form("  ada ", " ", null);
        assertEquals("ada", form.get("name"));
        assertEquals("", form.get("from"));
        assertEquals(Map.of("name", "ada"), form.getValues());
        form.set("name", "");
        assertEquals("", form.get("name"), "a blank value takes the restriction away");
        assertTrue(form.getValues().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> form.set("page", "2"), "only the form's parameters");
    }

    @Test
    void theQueryStartsWithAQuestionMarkEncodesAndLeavesEmptyExtrasOut() {
        assertEquals("", form(null, null, null).query(), "no values, no query");
        assertEquals("", form(null, null, null).query("page", "", "sort", null));
        assertEquals("?page=2", form(null, null, null).query("page", "2"));
        SampleForm form = form("a&b=c d", "2026-01-01", null);
        assertEquals("?name=a%26b%3Dc+d&from=2026-01-01", form.query());
        assertEquals("?name=a%26b%3Dc+d&from=2026-01-01&page=3", form.query("page", "3", "sort", ""));
        assertEquals("?name=a%26b%3Dc+d&from=2026-01-01", form.query("odd"), "a name without a value is left out");
    }

    @Test
    void aValidFormGivesItsFilter() {
        SampleForm form = form("ada", "2026-03-01", "2026-03-01");
        assertFalse(form.isValid(), "not before the check");
        assertThrows(IllegalStateException.class, form::filter);
        assertTrue(form.check(), form.problems().toString());
        assertTrue(form.isValid());
        assertEquals(new Sample("ada", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)), form.filter());
        assertEquals(Map.of(), form.problems());
        assertTrue(form.problem("from").isEmpty());
    }

    @Test
    void namesEachWrongValueWithItsKeyAndTextInTheOrderFound() {
        SampleForm form = new SampleForm();
        form.set("to", "yesterday");
        form.set("from", "31.12.2026");
        form.set("name", "abcdefg");
        assertFalse(form.check());
        assertEquals(List.of("name", "from", "to"), List.copyOf(form.problems().keySet()));
        assertEquals(
                new Problem("sample.problem.date", List.of("31.12.2026")),
                form.problem("from").orElseThrow());
        assertEquals(
                new Problem("sample.problem.date", List.of("yesterday")),
                form.problem("to").orElseThrow());
        assertEquals(List.of(5), form.problem("name").orElseThrow().arguments());
        assertEquals("31.12.2026", form.get("from"), "the wrong value stays as typed");
        assertThrows(IllegalStateException.class, form::filter, "no filter from wrong values");
        assertThrows(UnsupportedOperationException.class, () -> form.problems().clear());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAProblemOfItsEnd() {
        SampleForm form = form(null, "2026-03-02", "2026-03-01");
        assertFalse(form.check());
        assertEquals(Map.of("to", new Problem("sample.problem.period", List.of())), form.problems());
        assertTrue(form(null, "2026-03-02", null).check(), "an open end is no problem");
        assertTrue(form(null, null, "2026-03-01").check(), "nor an open start");
    }

    @Test
    void eachCheckStartsAfresh() {
        SampleForm form = form(null, "2026-03-02", "2026-03-01");
        assertFalse(form.check());
        form.set("to", "2026-03-05");
        assertTrue(form.check());
        assertEquals(Map.of(), form.problems(), "the last check's problems are forgotten");
        form.set("from", "never");
        assertFalse(form.check());
        assertFalse(form.isValid(), "and its filter too");
        assertThrows(IllegalStateException.class, form::filter);
    }

    @Test
    void theValuesMapReadsAndSetsTheFormAsAPageDoes() {
        SampleForm form = form("ada", null, null);
        Map<String, String> values = form.getValues();
        assertEquals("", values.get("from"), "a view parameter the address does not give reads as empty");
        assertEquals("", values.put("from", " 2026-01-01 "));
        assertEquals("2026-01-01", form.get("from"));
        assertEquals("2026-01-01", values.put("from", ""));
        assertEquals("", form.get("from"));
        assertEquals(Map.of("name", "ada"), values);
        assertThrows(IllegalArgumentException.class, () -> values.get("nmae"), "a misspelt name fails loudly");
        assertThrows(IllegalArgumentException.class, () -> values.put("nmae", "x"));
        assertThrows(UnsupportedOperationException.class, () -> values.remove("name"));
    }

    @Test
    void aProblemKeepsItsArgumentsAsTheyWere() {
        List<Object> arguments = new ArrayList<>(List.of("x"));
        Problem problem = new Problem("sample.problem.name", arguments);
        arguments.add("y");
        assertEquals(List.of("x"), problem.arguments());
    }

    @Test
    void aFormInAViewScopedBeanSurvivesSerialization() throws IOException, ClassNotFoundException {
        SampleForm form = form("abcdefg", "2026-01-01", null);
        form.getValues();
        assertFalse(form.check());
        SampleForm copy = roundTrip(form);
        assertNotSame(form, copy);
        assertEquals("?name=abcdefg&from=2026-01-01", copy.query());
        assertEquals(form.problems(), copy.problems());
        copy.getValues().put("name", "ada");
        assertTrue(copy.check());
        assertEquals("ada", copy.filter().name());
    }

    private static SampleForm roundTrip(SampleForm form) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(form);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SampleForm) in.readObject();
        }
    }
}
