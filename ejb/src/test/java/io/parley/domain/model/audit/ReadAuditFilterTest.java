package io.parley.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadAuditFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static ReadRecord read(String reader, ReadKind kind, long interview, Instant at) {
        return ReadRecord.of(at, reader, kind, interview, "ines", Channel.API);
    }

    @Test
    void anEmptyFilterSelectsEveryRead() {
        assertTrue(ReadAuditFilter.ALL.matches(read("hana", ReadKind.SCORECARD, 1, NOW)));
        assertTrue(ReadAuditFilter.ALL.matches(ReadRecord.recordsExport(NOW, "ats", "cand-7", Channel.API)));
    }

    @Test
    void eachFieldRestrictsTheSelection() {
        ReadRecord read = read("hana", ReadKind.DEBRIEF, 7, NOW);
        assertTrue(new ReadAuditFilter("hana", 7L, ReadKind.DEBRIEF, NOW, NOW.plusSeconds(1)).matches(read));
        assertFalse(new ReadAuditFilter("max", null, null, null, null).matches(read));
        assertFalse(new ReadAuditFilter(null, 8L, null, null, null).matches(read));
        assertFalse(new ReadAuditFilter(null, null, ReadKind.SCORECARD, null, null).matches(read));
        // from is inclusive, to exclusive
        assertFalse(new ReadAuditFilter(null, null, null, NOW.plusSeconds(1), null).matches(read));
        assertFalse(new ReadAuditFilter(null, null, null, null, NOW).matches(read));
        // an export by candidate belongs to no interview
        assertFalse(new ReadAuditFilter(null, 7L, null, null, null)
                .matches(ReadRecord.recordsExport(NOW, "ats", "cand-7", Channel.API)));
    }

    @Test
    void blankTextMeansNoRestrictionAndTextIsTrimmed() {
        assertNull(new ReadAuditFilter("  ", null, null, null, null).reader());
        assertEquals("hana", new ReadAuditFilter(" hana ", null, null, null, null).reader());
    }

    @Test
    void refusesAPeriodEndingBeforeItStarts() {
        DomainException refusal = assertThrows(
                DomainException.class, () -> new ReadAuditFilter(null, null, null, NOW, NOW.minusSeconds(1)));
        assertEquals(ReadAuditFilter.PERIOD, refusal.code());
        assertThrows(DomainException.class, () -> new ReadAuditFilter(null, null, null, NOW, NOW));
    }

    @Test
    void refusesAReaderNoStoredReaderCouldHaveAndANonPositiveInterview() {
        assertEquals(
                ReadAuditFilter.READER,
                assertThrows(DomainException.class, () -> new ReadAuditFilter("x".repeat(65), null, null, null, null))
                        .code());
        assertEquals(
                ReadAuditFilter.READER,
                assertThrows(DomainException.class, () -> new ReadAuditFilter("ha\nna", null, null, null, null))
                        .code());
        assertEquals(
                ReadAuditFilter.INTERVIEW,
                assertThrows(DomainException.class, () -> new ReadAuditFilter(null, 0L, null, null, null))
                        .code());
    }

    @Test
    void aRecordNeedsAnInterviewUnlessItIsAnExportByCandidate() {
        ReadRecord export = ReadRecord.recordsExport(NOW, "hana", "cand-7", Channel.PAGE);
        assertEquals(ReadKind.RECORDS_EXPORT, export.kind());
        assertEquals(Optional.empty(), export.interviewId());
        assertEquals(Optional.of("cand-7"), export.candidateRef());
        assertThrows(DomainException.class, () -> ReadRecord.recordsExport(NOW, "hana", " ", Channel.PAGE));
        assertThrows(DomainException.class, () -> ReadRecord.of(NOW, "", ReadKind.SCORECARD, 1, null, Channel.API));
        assertEquals(
                Optional.empty(),
                ReadRecord.of(NOW, "hana", ReadKind.DEBRIEF, 1, " ", Channel.PAGE)
                        .subject());
    }
}
