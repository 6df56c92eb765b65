package io.parley.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.audit.ReadView;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.audit.ReadKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadAuditFormTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ReadAuditForm form(String reader, String interview, String kind, String from, String to) {
        ReadAuditForm form = new ReadAuditForm(BERLIN);
        form.set(ReadAuditForm.READER, reader);
        form.set(ReadAuditForm.INTERVIEW, interview);
        form.set(ReadAuditForm.KIND, kind);
        form.set(ReadAuditForm.FROM, from);
        form.set(ReadAuditForm.TO, to);
        return form;
    }

    @Test
    void noValueSelectsEverything() {
        ReadAuditForm form = form(null, " ", "", null, null);
        assertTrue(form.check());
        assertEquals(ReadAuditFilter.ALL, form.filter());
        assertEquals("", form.query());
    }

    @Test
    void daysAreWholeDaysOfTheServersZoneBothIncluded() {
        ReadAuditForm form = form(" hana ", "42", "debrief_packet", "2026-03-01", "2026-03-31");
        assertTrue(form.check());
        ReadAuditFilter filter = form.filter();
        assertEquals("hana", filter.reader());
        assertEquals(42L, filter.interviewId());
        assertEquals(ReadKind.DEBRIEF_PACKET, filter.kind());
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), filter.from());
        // summer time began on 29 March: the day after the 31st starts at 22:00 UTC
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), filter.to());
        // one day: from and to the same day
        assertTrue(form(null, null, null, "2026-03-01", "2026-03-01").check());
    }

    @Test
    void namesEveryWrongValueAtOnce() {
        ReadAuditForm form = form("x".repeat(65), "abc", "EVERYTHING", "31.12.2026", "yesterday");
        assertFalse(form.check());
        assertEquals(
                Set.of(
                        ReadAuditForm.READER,
                        ReadAuditForm.INTERVIEW,
                        ReadAuditForm.KIND,
                        ReadAuditForm.FROM,
                        ReadAuditForm.TO),
                form.problems().keySet());
        assertEquals(
                "readAudit.problem.date",
                form.problem(ReadAuditForm.FROM).orElseThrow().key());
        assertEquals(
                "31.12.2026",
                form.problem(ReadAuditForm.FROM).orElseThrow().arguments().get(0));
        assertEquals(
                "readAudit.problem.interview",
                form.problem(ReadAuditForm.INTERVIEW).orElseThrow().key());
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsAndANonPositiveId() {
        ReadAuditForm period = form(null, null, null, "2026-03-02", "2026-03-01");
        assertFalse(period.check());
        assertEquals(
                "readAudit.problem.period",
                period.problem(ReadAuditForm.TO).orElseThrow().key());
        assertFalse(form(null, "0", null, null, null).check());
        assertFalse(form(null, "-3", null, null, null).check());
    }

    @Test
    void theQueryCarriesTheValuesAsGivenEncoded() {
        ReadAuditForm form = form("ana maria", "7", "SCORECARD", null, null);
        assertEquals("?reader=ana+maria&interview=7&kind=SCORECARD&page=2", form.query("page", "2"));
    }

    @Test
    void aCsvLineQuotesTextDefusesFormulasAndLeavesBlanksEmpty() {
        String line = ReadAuditExportServlet.line(new ReadView(
                1, Instant.parse("2026-12-07T10:00:00Z"), "=hana", ReadKind.SCORECARD, 7L, null, "ines", Channel.API));
        assertEquals("\"2026-12-07T10:00:00Z\",\"'=hana\",\"SCORECARD\",7,\"\",\"ines\",\"API\"\r\n", line);
        assertNull(
                form(null, null, null, null, null).problem(ReadAuditForm.READER).orElse(null));
    }
}
