package io.parley.domain.model.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSheetClockTest {

    private static final Instant T0 = Instant.parse("2031-05-06T09:00:00Z");
    private static final List<AgendaItem> AGENDA = List.of(
            new AgendaItem(AgendaBlockKind.WELCOME, "Welcome", 5, "max", List.of(), List.of()),
            new AgendaItem(AgendaBlockKind.COMPETENCY, "Design", 20, "ines", List.of("design"), List.of()),
            new AgendaItem(AgendaBlockKind.COMPETENCY, "Coding", 20, "omar", List.of("coding"), List.of()),
            new AgendaItem(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions", 10, "max", List.of(), List.of()),
            new AgendaItem(AgendaBlockKind.WRAP_UP, "Wrap-up", 5, "max", List.of(), List.of()));

    private static Instant minutes(int m) {
        return T0.plusSeconds(m * 60L);
    }

    @Test
    void anOverrunEatsTheNextScoredBlocksAndNeverTheCandidatesTime() {
        RunSheet sheet = new RunSheet(1);
        sheet.start(AGENDA.size(), T0);
        sheet.next(AGENDA.size(), minutes(5)); // welcome on time
        sheet.next(AGENDA.size(), minutes(37)); // design took 32 of its 20 minutes: 12 over
        RunSheetClock clock = RunSheetClock.of(AGENDA, sheet.blocks(), minutes(40));
        assertEquals(2, clock.current());
        RunSheetClock.BlockClock coding = clock.blocks().get(2);
        assertEquals(8 * 60, coding.allottedSeconds(), "coding gives up the 12 minutes");
        assertTrue(coding.shortened());
        assertEquals(10 * 60, clock.blocks().get(3).allottedSeconds(), "the candidate block stays whole");
        assertEquals(10, clock.candidateMinutesLeft());
        assertFalse(coding.overrunning());
        assertTrue(clock.blocks().get(1).overrunning());
    }

    @Test
    void whatTheScoredBlocksCannotAbsorbRunsLongInsteadOfShorteningTheCandidate() {
        RunSheet sheet = new RunSheet(1);
        sheet.start(AGENDA.size(), T0);
        sheet.next(AGENDA.size(), minutes(5));
        sheet.next(AGENDA.size(), minutes(60)); // design: 55 minutes, 35 over
        RunSheetClock clock = RunSheetClock.of(AGENDA, sheet.blocks(), minutes(60));
        assertEquals(0, clock.blocks().get(2).allottedSeconds());
        assertEquals(15 * 60, clock.overtimeSeconds());
        assertEquals(10 * 60, clock.blocks().get(3).allottedSeconds());
    }

    @Test
    void theCurrentBlocksOwnerIsWarnedWhileItRunsOver() {
        RunSheet sheet = new RunSheet(1);
        sheet.start(AGENDA.size(), T0);
        RunSheetClock clock = RunSheetClock.of(AGENDA, sheet.blocks(), minutes(7));
        assertTrue(clock.running().orElseThrow().overrunning());
        assertEquals("max", clock.running().orElseThrow().owner());
        assertEquals(-120, clock.running().orElseThrow().remainingSeconds());
    }

    @Test
    void theCandidatesTimeIsHeldWhenItsBlockGetsItsMinutes() {
        RunSheet sheet = new RunSheet(1);
        sheet.start(AGENDA.size(), T0);
        sheet.next(AGENDA.size(), minutes(5));
        sheet.next(AGENDA.size(), minutes(25));
        sheet.next(AGENDA.size(), minutes(45));
        assertEquals(null, RunSheetClock.of(AGENDA, sheet.blocks(), minutes(46)).candidateTimeHeld());
        sheet.next(AGENDA.size(), minutes(55));
        sheet.end(minutes(58));
        RunSheetClock clock = RunSheetClock.of(AGENDA, sheet.blocks(), minutes(60));
        assertEquals(Boolean.TRUE, clock.candidateTimeHeld());
        assertEquals(-1, clock.current());
        assertEquals(minutes(58), sheet.endedAt());
        assertEquals(
                "runSheet.ended",
                assertThrows(DomainException.class, () -> sheet.next(AGENDA.size(), minutes(61)))
                        .code());
    }

    @Test
    void aSqueezedCandidateBlockIsNotHeld() {
        RunSheet sheet = new RunSheet(1);
        sheet.start(AGENDA.size(), T0);
        sheet.next(AGENDA.size(), minutes(5));
        sheet.next(AGENDA.size(), minutes(25));
        sheet.next(AGENDA.size(), minutes(45));
        sheet.next(AGENDA.size(), minutes(49)); // only 4 of 10 minutes for the candidate
        assertEquals(
                Boolean.FALSE,
                RunSheetClock.of(AGENDA, sheet.blocks(), minutes(50)).candidateTimeHeld());
    }
}
