package io.parley.domain.model.agenda;

import static io.parley.domain.model.kit.AgendaBlockKind.CANDIDATE_QUESTIONS;
import static io.parley.domain.model.kit.AgendaBlockKind.COMPETENCY;
import static io.parley.domain.model.kit.AgendaBlockKind.WELCOME;
import static io.parley.domain.model.kit.AgendaBlockKind.WRAP_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaRulesTest {

    /** 60 minutes, panel max (lead), ines, omar; "design" required, "teamwork" optional; policy 10 min, 2 people. */
    static final AgendaContext CONTEXT = new AgendaContext(
            60,
            List.of("max", "ines", "omar"),
            10,
            2,
            Map.of("design", true, "teamwork", false),
            Map.of(101L, "design", 102L, "teamwork"));

    static List<AgendaItem> validItems() {
        List<AgendaItem> items = new ArrayList<>();
        items.add(new AgendaItem(WELCOME, "Welcome", 5, "max", List.of(), List.of()));
        items.add(new AgendaItem(COMPETENCY, "Design with Ines", 20, "ines", List.of("design"), List.of(101L)));
        items.add(new AgendaItem(COMPETENCY, "Design with Omar", 15, "omar", List.of("design", "teamwork"), List.of()));
        items.add(new AgendaItem(CANDIDATE_QUESTIONS, "Your questions", 15, "max", List.of(), List.of()));
        items.add(new AgendaItem(WRAP_UP, "Wrap-up", 5, "max", List.of(), List.of()));
        return items;
    }

    private static List<String> codes(List<AgendaItem> items) {
        return AgendaRules.check(items, CONTEXT).stream()
                .map(AgendaViolation::code)
                .toList();
    }

    private static AgendaViolation only(List<AgendaItem> items) {
        List<AgendaViolation> violations = AgendaRules.check(items, CONTEXT);
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }

    @Test
    void aGoodAgendaBreaksNoRule() {
        assertEquals(List.of(), AgendaRules.check(validItems(), CONTEXT));
    }

    @Test
    void theMinutesMustAddUpToTheDuration() {
        List<AgendaItem> items = validItems();
        items.set(4, new AgendaItem(WRAP_UP, "Wrap-up", 10, "max", List.of(), List.of()));
        AgendaViolation violation = only(items);
        assertEquals(AgendaViolation.MINUTES_MISMATCH, violation.code());
        assertEquals(List.of(65, 60), violation.arguments());
    }

    @Test
    void theCandidateBlockMustExist() {
        List<AgendaItem> items = validItems();
        items.set(3, new AgendaItem(WRAP_UP, "More wrap-up", 15, "max", List.of(), List.of()));
        assertEquals(List.of(AgendaViolation.NO_CANDIDATE_BLOCK), codes(items));
    }

    @Test
    void theCandidateBlockCannotBeSqueezedBelowThePolicy() {
        List<AgendaItem> items = validItems();
        items.set(3, new AgendaItem(CANDIDATE_QUESTIONS, "Your questions", 9, "max", List.of(), List.of()));
        items.set(1, new AgendaItem(COMPETENCY, "Design with Ines", 26, "ines", List.of("design"), List.of()));
        AgendaViolation violation = only(items);
        assertEquals(AgendaViolation.CANDIDATE_BLOCK_TOO_SHORT, violation.code());
        assertEquals("items[3]", violation.path());
        assertEquals(List.of(9, 10), violation.arguments());
    }

    @Test
    void theCandidateBlockIsNotScored() {
        DomainException refusal = assertThrows(
                DomainException.class,
                () -> new AgendaItem(CANDIDATE_QUESTIONS, "Your questions", 15, "max", List.of("design"), List.of()));
        assertEquals("agenda.item.notScored", refusal.code());
    }

    @Test
    void aRequiredCompetencyNeedsThePolicysNumberOfMembers() {
        List<AgendaItem> items = validItems();
        items.set(2, new AgendaItem(COMPETENCY, "Teamwork with Omar", 15, "omar", List.of("teamwork"), List.of()));
        AgendaViolation violation = only(items);
        assertEquals(AgendaViolation.COMPETENCY_UNDERCOVERED, violation.code());
        assertEquals(List.of("design", 1, 2), violation.arguments());
    }

    @Test
    void twoBlocksOfTheSameMemberCountAsOneMember() {
        List<AgendaItem> items = validItems();
        items.set(2, new AgendaItem(COMPETENCY, "More design with Ines", 15, "ines", List.of("design"), List.of()));
        assertTrue(codes(items).contains(AgendaViolation.COMPETENCY_UNDERCOVERED));
    }

    @Test
    void aQuestionCoversItsCompetency() {
        List<AgendaItem> items = validItems();
        items.set(1, new AgendaItem(COMPETENCY, "Design with Ines", 20, "ines", List.of(), List.of(101L)));
        assertEquals(List.of(), codes(items));
    }

    @Test
    void everyMemberOwnsABlock() {
        List<AgendaItem> items = validItems();
        items.set(2, new AgendaItem(COMPETENCY, "Design with Ines again", 15, "ines", List.of("design"), List.of()));
        List<AgendaViolation> violations = AgendaRules.check(items, CONTEXT);
        assertTrue(
                violations.stream()
                        .anyMatch(v -> v.code().equals(AgendaViolation.MEMBER_WITHOUT_BLOCK)
                                && v.arguments().equals(List.of("omar"))),
                violations.toString());
    }

    @Test
    void ownersComeFromThePanelAndCoverOnlyTheKitsCompetenciesAndQuestions() {
        List<AgendaItem> items = validItems();
        items.set(0, new AgendaItem(WELCOME, "Welcome", 5, null, List.of(), List.of()));
        items.set(4, new AgendaItem(WRAP_UP, "Wrap-up", 5, "eve", List.of(), List.of()));
        items.set(
                1,
                new AgendaItem(
                        COMPETENCY, "Design with Ines", 20, "ines", List.of("design", "cooking"), List.of(101L, 999L)));
        List<String> codes = codes(items);
        assertEquals(
                List.of(
                        AgendaViolation.BLOCK_WITHOUT_OWNER,
                        AgendaViolation.UNKNOWN_COMPETENCY,
                        AgendaViolation.UNKNOWN_QUESTION,
                        AgendaViolation.OWNER_NOT_ON_PANEL),
                codes);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        List<AgendaItem> items = List.of(new AgendaItem(COMPETENCY, "Only block", 30, "ines", List.of(), List.of()));
        assertEquals(
                List.of(
                        AgendaViolation.MINUTES_MISMATCH,
                        AgendaViolation.NO_CANDIDATE_BLOCK,
                        AgendaViolation.COMPETENCY_UNDERCOVERED,
                        AgendaViolation.MEMBER_WITHOUT_BLOCK,
                        AgendaViolation.MEMBER_WITHOUT_BLOCK),
                codes(items));
    }
}
