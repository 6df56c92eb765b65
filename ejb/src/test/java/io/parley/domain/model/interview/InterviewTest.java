package io.parley.domain.model.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitContentBuilder;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.privacy.Pseudonym;
import io.parley.domain.model.privacy.TestPseudonyms;
import io.parley.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Candidate CANDIDATE = new Candidate("c-1", "Ada Example", "ada@example.com");
    private static final Job JOB = new Job("j-1", "Backend Engineer");
    private static final Schedule SCHEDULE =
            new Schedule(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), 60);
    private static final List<PanelMember> PANEL =
            List.of(new PanelMember("max", true), new PanelMember("ines", false));

    private static Kit publishedKit() {
        Kit kit = Kit.draft(
                new KitKey("data-engineer"), KitContentBuilder.aPublishableKit().build(), "hana", NOW);
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
        Kit draft = Kit.draft(
                new KitKey("draft-kit"), KitContentBuilder.aPublishableKit().build(), "hana", NOW);
        assertEquals(
                "interview.kitNotPublished",
                assertThrows(
                                DomainException.class,
                                () -> Interview.plan(CANDIDATE, JOB, draft, SCHEDULE, "Room 4", PANEL, "rita", NOW))
                        .code());
        Kit archived = publishedKit();
        archived.archive("hana", NOW);
        assertThrows(
                DomainException.class,
                () -> Interview.plan(CANDIDATE, JOB, archived, SCHEDULE, "Room 4", PANEL, "rita", NOW));
    }

    @Test
    void aPanelHasExactlyOneLeadAndNoOneTwice() {
        Kit kit = publishedKit();
        assertEquals(
                "interview.panel.oneLead",
                assertThrows(
                                DomainException.class,
                                () -> Interview.plan(
                                        CANDIDATE,
                                        JOB,
                                        kit,
                                        SCHEDULE,
                                        "Room",
                                        List.of(new PanelMember("max", false)),
                                        "rita",
                                        NOW))
                        .code());
        assertEquals(
                "interview.panel.oneLead",
                assertThrows(
                                DomainException.class,
                                () -> Interview.plan(
                                        CANDIDATE,
                                        JOB,
                                        kit,
                                        SCHEDULE,
                                        "Room",
                                        List.of(new PanelMember("max", true), new PanelMember("ines", true)),
                                        "rita",
                                        NOW))
                        .code());
        assertEquals(
                "interview.panel.duplicate",
                assertThrows(
                                DomainException.class,
                                () -> Interview.plan(
                                        CANDIDATE,
                                        JOB,
                                        kit,
                                        SCHEDULE,
                                        "Room",
                                        List.of(new PanelMember("max", true), new PanelMember("max", false)),
                                        "rita",
                                        NOW))
                        .code());
        assertEquals(
                "interview.panel.empty",
                assertThrows(
                                DomainException.class,
                                () -> Interview.plan(CANDIDATE, JOB, kit, SCHEDULE, "Room", List.of(), "rita", NOW))
                        .code());
    }

    @Test
    void detailsCheckThemselves() {
        assertEquals(
                "interview.candidate.email",
                assertThrows(DomainException.class, () -> new Candidate("c-1", "Ada", "not-an-address"))
                        .code());
        assertEquals(
                "interview.duration",
                assertThrows(DomainException.class, () -> new Schedule(ZonedDateTime.now(), 5))
                        .code());
        assertEquals(
                "interview.timeZone",
                assertThrows(DomainException.class, () -> Schedule.zone("Mars/Olympus"))
                        .code());
        assertEquals(ZoneId.of("America/New_York"), Schedule.zone(" America/New_York "));
    }

    @Test
    void namesAndTitlesAreSingleLinesWithoutControlCharacters() {
        for (String bad : List.of(
                "Ada\nBcc: x@evil.example",
                "Ada\tExample",
                "Ada\u0000",
                "Ada\u001b[31m",
                "Ada\u2028Example",
                "\u202Eelpmaxe adA",
                "Ada\u007f")) {
            assertEquals(
                    "validation.controlCharacters",
                    assertThrows(DomainException.class, () -> new Candidate("c-1", bad, "ada@example.com"))
                            .code(),
                    bad);
            assertEquals(
                    "validation.controlCharacters",
                    assertThrows(DomainException.class, () -> new Job("j-1", bad))
                            .code(),
                    bad);
        }
        assertEquals(
                "validation.controlCharacters",
                assertThrows(DomainException.class, () -> new Candidate("c-1\r\n2", "Ada", "ada@example.com"))
                        .code());
        assertEquals("Zoë Ünal-O'Brien 李", new Candidate("c-1", " Zoë Ünal-O'Brien 李 ", "z@example.com").name());
        assertEquals(
                "Senior Engineer (m/w/d) – Platform", new Job("j-1", "Senior Engineer (m/w/d) – Platform").title());
    }

    @Test
    void anEmailAddressIsExactlyOneAddress() {
        for (String bad : List.of(
                "not-an-address",
                "ada@",
                "@example.com",
                "ada@example",
                "ada@@example.com",
                "ada@example..com",
                "ada@-example.com",
                "ada..lovelace@example.com",
                ".ada@example.com",
                "ada lovelace@example.com",
                "Ada <ada@example.com>",
                "ada@example.com, eve@example.com",
                "ada@example.com\nBcc: eve@example.com",
                "\"ada\"@example.com",
                "ada@example.c0m",
                "a".repeat(65) + "@example.com",
                "ada@exa_mple.com",
                "ada@example.com.")) {
            assertEquals(
                    "interview.candidate.email",
                    assertThrows(DomainException.class, () -> new Candidate("c-1", "Ada", bad))
                            .code(),
                    bad);
        }
        for (String good : List.of(
                "ada@example.com",
                "ada.lovelace+parley@mail.example.co.uk",
                "o'brien@example.ie",
                "x@sub-domain.example.museum",
                "ada@xn--bcher-kva.example",
                "ADA_1@EXAMPLE.COM")) {
            assertEquals(good, new Candidate("c-1", "Ada", good).email());
        }
    }

    @Test
    void anAgreedAgendaMovesTheInterviewOnAndAReopenedAgendaMovesItBack() {
        Interview interview = planned();
        interview.agendaAgreed();
        assertEquals(InterviewStatus.AGENDA_AGREED, interview.status());
        Interview.Revision revision = interview.revise(
                CANDIDATE,
                JOB,
                SCHEDULE,
                "Room 5",
                List.of(new PanelMember("max", true), new PanelMember("omar", false)));
        assertTrue(revision.panelChanged());
        assertTrue(revision.affectsAgenda());
        interview.agendaReopened();
        assertEquals(InterviewStatus.PLANNING, interview.status());
    }

    @Test
    void aRevisionSaysWhetherTheDurationChanged() {
        Interview interview = planned();
        Interview.Revision same = interview.revise(CANDIDATE, JOB, SCHEDULE, "Room 6", PANEL);
        assertFalse(same.affectsAgenda(), "only the room changed");
        Interview.Revision shorter = interview.revise(
                CANDIDATE, JOB, new Schedule(SCHEDULE.start(), SCHEDULE.durationMinutes() - 15), "Room 6", PANEL);
        assertFalse(shorter.panelChanged());
        assertTrue(shorter.affectsAgenda());
        assertTrue(
                shorter.describe()
                        .contains("from " + SCHEDULE.durationMinutes() + " to " + (SCHEDULE.durationMinutes() - 15)
                                + " minutes"),
                shorter.describe());
    }

    @Test
    void aDecidedInterviewCannotBeCancelled() {
        Interview interview = planned();
        interview.agendaAgreed();
        interview.allScorecardsSubmitted();
        interview.decided();
        assertEquals(
                "interview.closed",
                assertThrows(DomainException.class, () -> interview.cancel(NOW)).code());
        assertEquals(InterviewStatus.DECIDED, interview.status());
    }

    @Test
    void everyStateBeforeTheDecisionCanBeCancelled() {
        for (int steps = 0; steps <= 3; steps++) {
            Interview interview = planned();
            if (steps >= 1) {
                interview.agendaAgreed();
            }
            if (steps >= 2) {
                interview.feedbackOpens();
            }
            if (steps >= 3) {
                interview.allScorecardsSubmitted();
            }
            InterviewStatus before = interview.status();
            interview.cancel(NOW);
            assertEquals(InterviewStatus.CANCELLED, interview.status(), "from " + before);
        }
    }

    @Test
    void onlyTheLeadClosesFeedbackAndOnlyAfterTheDeadline() {
        Interview interview = planned();
        interview.agendaAgreed();
        interview.feedbackOpens();
        Instant afterDeadline = SCHEDULE.endsAt().plus(Duration.ofHours(49));
        assertEquals(
                "decision.notAllowed",
                assertThrows(
                                DomainException.class,
                                () -> interview.closeFeedback(
                                        "ines", "Omar is away", afterDeadline, Duration.ofHours(48)))
                        .code());
        assertEquals(
                "interview.feedbackDeadlineAhead",
                assertThrows(
                                DomainException.class,
                                () -> interview.closeFeedback(
                                        "max",
                                        "Omar is away",
                                        SCHEDULE.endsAt().plus(Duration.ofHours(47)),
                                        Duration.ofHours(48)))
                        .code());
        assertEquals(InterviewStatus.FEEDBACK, interview.status());
        interview.closeFeedback("max", "Omar is away", afterDeadline, Duration.ofHours(48));
        assertEquals(InterviewStatus.DEBRIEF, interview.status());
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
        assertEquals(
                "interview.closed",
                assertThrows(DomainException.class, () -> interview.cancel(NOW)).code());
        assertThrows(DomainException.class, () -> interview.revise(CANDIDATE, JOB, SCHEDULE, "Room", PANEL));
    }

    @Test
    void anOpenInterviewIsNotAnonymizedAClosedOneKeepsItsScheduleAndPanel() {
        Interview interview = Interview.plan(
                new Candidate(TestPseudonyms.EXTERNAL_ID, TestPseudonyms.NAME, TestPseudonyms.EMAIL),
                new Job("j-1", "Backend Engineer (Kim Novak's referral)"),
                publishedKit(),
                SCHEDULE,
                "Room 4, ask for Kim at the desk",
                PANEL,
                "rita",
                NOW);
        Pseudonym pseudonym = TestPseudonyms.pseudonym();
        assertEquals(
                "interview.stillOpen",
                assertThrows(
                                DomainException.class,
                                () -> interview.anonymize(pseudonym, TestPseudonyms.scrubber(), NOW))
                        .code());
        interview.cancel(NOW);
        interview.anonymize(pseudonym, TestPseudonyms.scrubber(), NOW.plusSeconds(60));
        assertEquals(pseudonym.externalId(), interview.candidate().externalId());
        assertEquals(pseudonym.name(), interview.candidate().name());
        assertEquals(pseudonym.email(), interview.candidate().email());
        assertEquals(
                "Backend Engineer (" + pseudonym.name() + "'s referral)",
                interview.job().title());
        assertEquals("Room 4, ask for " + pseudonym.name() + " at the desk", interview.location());
        assertEquals(SCHEDULE, interview.schedule());
        assertEquals(List.of("max", "ines"), interview.usernames());
        assertEquals(InterviewStatus.CANCELLED, interview.status());
        assertTrue(interview.anonymized());
        assertEquals(NOW.plusSeconds(60), interview.anonymizedAt());
        interview.anonymize(pseudonym, TestPseudonyms.scrubber(), NOW.plusSeconds(120));
        assertEquals(NOW.plusSeconds(60), interview.anonymizedAt(), "a second time changes nothing");
    }
}
