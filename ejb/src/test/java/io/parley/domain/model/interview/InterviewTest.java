package io.parley.domain.model.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitContentBuilder;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Candidate CANDIDATE = new Candidate("c-1", "Ada Example", "ada@example.com");
    private static final Job JOB = new Job("j-1", "Backend Engineer");
    private static final Schedule SCHEDULE = new Schedule(
            ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), 60);
    private static final List<PanelMember> PANEL = List.of(new PanelMember("max", true),
            new PanelMember("ines", false));

    private static Kit publishedKit() {
        Kit kit = Kit.draft(new KitKey("data-engineer"), KitContentBuilder.aPublishableKit().build(), "hana", NOW);
        kit.publish("hana", NOW);
        return kit;
    }

    private static Interview planned() {
        return Interview.plan(CANDIDATE, JOB, publishedKit(), SCHEDULE, "Room 4", PANEL, "rita", NOW);
    }

    @Test
    void aNewInterviewIsPlannedWithItsLead() {
        Interview interview = planned();
        assertEquals(InterviewStatus.PLANNING, interview.status());
        assertEquals("max", interview.lead());
        assertTrue(interview.isMember("ines"));
        assertEquals(ZoneId.of("Europe/Berlin"), interview.schedule().start().getZone());
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), interview.schedule().endsAt());
    }

    @Test
    void onlyAPublishedKitCanBePinned() {
        Kit draft = Kit.draft(new KitKey("draft-kit"), KitContentBuilder.aPublishableKit().build(), "hana", NOW);
        assertEquals("interview.kitNotPublished", assertThrows(DomainException.class,
                () -> Interview.plan(CANDIDATE, JOB, draft, SCHEDULE, "Room 4", PANEL, "rita", NOW)).code());
        Kit archived = publishedKit();
        archived.archive("hana", NOW);
        assertThrows(DomainException.class,
                () -> Interview.plan(CANDIDATE, JOB, archived, SCHEDULE, "Room 4", PANEL, "rita", NOW));
    }

    @Test
    void aPanelHasExactlyOneLeadAndNoOneTwice() {
        Kit kit = publishedKit();
        assertEquals("interview.panel.oneLead", assertThrows(DomainException.class, () -> Interview.plan(
                CANDIDATE, JOB, kit, SCHEDULE, "Room", List.of(new PanelMember("max", false)), "rita", NOW)).code());
        assertEquals("interview.panel.oneLead", assertThrows(DomainException.class, () -> Interview.plan(
                CANDIDATE, JOB, kit, SCHEDULE, "Room", List.of(new PanelMember("max", true),
                        new PanelMember("ines", true)), "rita", NOW)).code());
        assertEquals("interview.panel.duplicate", assertThrows(DomainException.class, () -> Interview.plan(
                CANDIDATE, JOB, kit, SCHEDULE, "Room", List.of(new PanelMember("max", true),
                        new PanelMember("max", false)), "rita", NOW)).code());
        assertEquals("interview.panel.empty", assertThrows(DomainException.class, () -> Interview.plan(
                CANDIDATE, JOB, kit, SCHEDULE, "Room", List.of(), "rita", NOW)).code());
    }

    @Test
    void detailsCheckThemselves() {
        assertEquals("interview.candidate.email", assertThrows(DomainException.class,
                () -> new Candidate("c-1", "Ada", "not-an-address")).code());
        assertEquals("interview.duration", assertThrows(DomainException.class,
                () -> new Schedule(ZonedDateTime.now(), 5)).code());
        assertEquals("interview.timeZone", assertThrows(DomainException.class,
                () -> Schedule.zone("Mars/Olympus")).code());
        assertEquals(ZoneId.of("America/New_York"), Schedule.zone(" America/New_York "));
    }

    @Test
    void anAgreedAgendaMovesTheInterviewOnAndAPanelChangeMovesItBack() {
        Interview interview = planned();
        interview.agendaAgreed();
        assertEquals(InterviewStatus.AGENDA_AGREED, interview.status());
        boolean panelChanged = interview.revise(CANDIDATE, JOB, SCHEDULE, "Room 5",
                List.of(new PanelMember("max", true), new PanelMember("omar", false)));
        assertTrue(panelChanged);
        assertEquals(InterviewStatus.PLANNING, interview.status());
    }

    @Test
    void theDebriefIsLedByTheLeadOnceItIsOpen() {
        Interview interview = planned();
        interview.agendaAgreed();
        interview.feedbackOpens();
        assertFalse(interview.debriefLedBy("max"), "feedback is still being collected");
        interview.allScorecardsSubmitted();
        assertTrue(interview.debriefLedBy("max"));
        assertFalse(interview.debriefLedBy("ines"), "a member who does not lead");
        interview.decided();
        assertTrue(interview.debriefLedBy("max"), "also after the decision");
    }

    @Test
    void aCancelledInterviewStaysCancelled() {
        Interview interview = planned();
        interview.cancel(NOW);
        assertEquals(InterviewStatus.CANCELLED, interview.status());
        assertEquals("interview.closed", assertThrows(DomainException.class, () -> interview.cancel(NOW)).code());
        assertThrows(DomainException.class, () -> interview.revise(CANDIDATE, JOB, SCHEDULE, "Room", PANEL));
    }
}
