package io.parley.application.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateRetentionTest {

    @Test
    void twelveMonthsByDefaultZeroKeepsNothingEmptyKeepsEverything() {
        assertEquals(Optional.of(12), CandidateRetention.months(Optional.empty()));
        assertEquals(Optional.of(0), CandidateRetention.months(Optional.of("0")));
        assertEquals(Optional.of(36), CandidateRetention.months(Optional.of(" 36 ")));
        assertEquals(Optional.empty(), CandidateRetention.months(Optional.of("")));
        assertEquals(Optional.empty(), CandidateRetention.months(Optional.of("  ")));
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CandidateRetention.months(Optional.of("-1")));
        assertThrows(IllegalArgumentException.class, () -> CandidateRetention.months(Optional.of("twelve")));
        assertThrows(IllegalArgumentException.class, () -> CandidateRetention.months(Optional.of("1.5")));
    }

    @Test
    void theCutoffIsCalendarMonthsBackInUtc() {
        Instant now = Instant.parse("2027-03-31T10:00:00Z");
        assertEquals(Instant.parse("2026-03-31T10:00:00Z"), CandidateRetention.cutoff(now, 12));
        assertEquals(Instant.parse("2027-02-28T10:00:00Z"), CandidateRetention.cutoff(now, 1), "no 31 February");
        assertEquals(now, CandidateRetention.cutoff(now, 0));
    }
}
