package io.parley.application.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.Approval;
import io.parley.domain.model.interview.Candidate;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.Job;
import io.parley.domain.model.interview.PanelMember;
import io.parley.domain.model.interview.Schedule;
import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitContentBuilder;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.model.user.PanelPerson;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DepartedMemberTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static final Map<String, PanelPerson> PEOPLE = Map.of(
            "max", new PanelPerson("max", "Max Lindqvist", true),
            "ines", new PanelPerson("ines", "Ines Moreau", false),
            "omar", new PanelPerson("omar", "Omar Haddad", true));

    private static Interview planned() {
        Kit kit = Kit.draft(
                new KitKey("departures"), KitContentBuilder.aPublishableKit().build(), "hana", NOW);
        kit.publish("hana", NOW);
        return Interview.plan(
                new Candidate("c-1", "Ada Example", "ada@example.com"),
                new Job("j-1", "Backend Engineer"),
                kit,
                new Schedule(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), 60),
                "Room 4",
                List.of(new PanelMember("max", true), new PanelMember("ines", false), new PanelMember("omar", false)),
                "rita",
                NOW);
    }

    private static List<Approval> pendingApprovals(Interview interview) {
        return Agenda.fromTemplate(1L, List.of(), interview.usernames(), "max", "rita", NOW)
                .approvals();
    }

    @Test
    void aRetiredMemberOfAnOpenInterviewOwesTheirAnswerAndScorecard() {
        Interview interview = planned();
        List<DepartedMember> departed =
                DepartedMember.of(interview, PEOPLE, AgendaStatus.PROPOSED, pendingApprovals(interview), Map.of());
        assertEquals(List.of(new DepartedMember("ines", "Ines Moreau", true, true)), departed);
        assertTrue(departed.get(0).anythingPending());
    }

    @Test
    void anAgreedAgendaAndASubmittedScorecardLeaveNothingPending() {
        Interview interview = planned();
        List<DepartedMember> departed = DepartedMember.of(
                interview,
                PEOPLE,
                AgendaStatus.AGREED,
                pendingApprovals(interview),
                Map.of("ines", ScorecardStatus.SUBMITTED));
        assertEquals(1, departed.size(), "still shown as having left");
        assertFalse(departed.get(0).anythingPending());
    }

    @Test
    void aClosedInterviewShowsNoDeparture() {
        Interview interview = planned();
        interview.cancel(NOW);
        assertEquals(
                List.of(),
                DepartedMember.of(interview, PEOPLE, AgendaStatus.DRAFT, pendingApprovals(interview), Map.of()));
    }

    @Test
    void onlyRetiredMembersAreListed() {
        Interview interview = planned();
        Map<String, PanelPerson> everyoneActive =
                Map.of("max", PEOPLE.get("max"), "ines", new PanelPerson("ines", "Ines Moreau", true));
        assertEquals(
                List.of(),
                DepartedMember.of(
                        interview, everyoneActive, AgendaStatus.PROPOSED, pendingApprovals(interview), Map.of()));
    }
}
