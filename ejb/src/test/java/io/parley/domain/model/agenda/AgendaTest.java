package io.parley.domain.model.agenda;

import static io.parley.domain.model.agenda.AgendaRulesTest.CONTEXT;
import static io.parley.domain.model.agenda.AgendaRulesTest.validItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.AgendaBlockTemplate;
import io.parley.domain.model.privacy.TestPseudonyms;
import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private static Agenda fresh() {
        return Agenda.fromTemplate(
                7L,
                List.of(
                        new AgendaBlockTemplate(AgendaBlockKind.WELCOME, "Welcome", 5),
                        new AgendaBlockTemplate(AgendaBlockKind.COMPETENCY, "Design", 20),
                        new AgendaBlockTemplate(AgendaBlockKind.COMPETENCY, "More design", 15),
                        new AgendaBlockTemplate(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions", 15),
                        new AgendaBlockTemplate(AgendaBlockKind.WRAP_UP, "Wrap-up", 5)),
                CONTEXT.panel(),
                "max",
                "rita",
                AT);
    }

    private static Agenda proposed() {
        Agenda agenda = fresh();
        agenda.revise(validItems(), CONTEXT, "max", AT);
        agenda.propose(CONTEXT, "max", AT);
        return agenda;
    }

    @Test
    void theTemplateGivesTheLeadTheFrameAndTheOthersTheCompetencyBlocks() {
        Agenda agenda = fresh();
        assertEquals(AgendaStatus.DRAFT, agenda.status());
        assertEquals(
                List.of("max", "ines", "omar", "max", "max"),
                agenda.items().stream().map(AgendaItem::owner).toList());
        assertEquals(1, agenda.history().size());
    }

    @Test
    void aSaveThatBreaksARuleIsRefusedAndChangesNothing() {
        Agenda agenda = fresh();
        List<AgendaItem> before = agenda.items();
        List<AgendaItem> broken = List.of(validItems().get(0));
        AgendaRuleException refusal =
                assertThrows(AgendaRuleException.class, () -> agenda.revise(broken, CONTEXT, "max", AT));
        assertFalse(refusal.violations().isEmpty());
        assertEquals(before, agenda.items());
    }

    @Test
    void proposingChecksTheRules() {
        Agenda agenda = fresh();
        // the template has no competencies picked yet, so "design" is not covered
        AgendaRuleException refusal = assertThrows(AgendaRuleException.class, () -> agenda.propose(CONTEXT, "max", AT));
        assertTrue(
                refusal.violations().stream().anyMatch(v -> v.code().equals(AgendaViolation.COMPETENCY_UNDERCOVERED)));
        assertEquals(AgendaStatus.DRAFT, agenda.status());
    }

    @Test
    void whenEveryMemberApprovesTheAgendaIsAgreed() {
        Agenda agenda = proposed();
        assertFalse(agenda.approve("max", CONTEXT, AT));
        assertFalse(agenda.approve("ines", CONTEXT, AT));
        assertEquals(AgendaStatus.PROPOSED, agenda.status());
        assertTrue(agenda.approve("omar", CONTEXT, AT));
        assertEquals(AgendaStatus.AGREED, agenda.status());
        assertEquals(ApprovalState.APPROVED, agenda.approvalOf("ines"));
    }

    @Test
    void anEditAfterTheProposalClearsEveryApprovalAndIsRecorded() {
        Agenda agenda = proposed();
        agenda.approve("ines", CONTEXT, AT);
        agenda.requestChanges("omar", "Give design more time", AT);
        List<AgendaItem> items = new ArrayList<>(validItems());
        items.set(
                1,
                new AgendaItem(
                        AgendaBlockKind.COMPETENCY, "Design with Ines", 25, "ines", List.of("design"), List.of()));
        items.set(
                3,
                new AgendaItem(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions", 10, "max", List.of(), List.of()));
        agenda.revise(items, CONTEXT, "max", AT);
        assertEquals(AgendaStatus.PROPOSED, agenda.status());
        assertTrue(agenda.approvals().stream().allMatch(a -> a.state() == ApprovalState.PENDING));
        AgendaChange last = agenda.history().get(agenda.history().size() - 1);
        assertEquals("max", last.by());
        assertTrue(last.summary().contains("20 → 25 min"), last.summary());
        assertTrue(last.summary().contains("approval was cleared"), last.summary());
    }

    @Test
    void editingAnAgreedAgendaOpensItAgain() {
        Agenda agenda = proposed();
        CONTEXT.panel().forEach(member -> agenda.approve(member, CONTEXT, AT));
        assertEquals(AgendaStatus.AGREED, agenda.status());
        assertTrue(agenda.revise(validItems(), CONTEXT, "max", AT), "the agreement was undone");
        assertEquals(AgendaStatus.PROPOSED, agenda.status());
    }

    @Test
    void aChangeRequestNeedsAComment() {
        Agenda agenda = proposed();
        assertEquals(
                "validation.required",
                assertThrows(DomainException.class, () -> agenda.requestChanges("omar", "  ", AT))
                        .code());
        agenda.requestChanges("omar", "Swap the blocks", AT);
        assertEquals(ApprovalState.CHANGES_REQUESTED, agenda.approvalOf("omar"));
        assertEquals("Swap the blocks", agenda.approvals().get(2).comment());
    }

    @Test
    void onlyPanelMembersAnswerAndOnlyAProposal() {
        Agenda draft = fresh();
        assertEquals(
                "agenda.notProposed",
                assertThrows(DomainException.class, () -> draft.approve("ines", CONTEXT, AT))
                        .code());
        Agenda agenda = proposed();
        assertEquals(
                "agenda.notOnPanel",
                assertThrows(DomainException.class, () -> agenda.approve("eve", CONTEXT, AT))
                        .code());
    }

    private static Agenda agreed() {
        Agenda agenda = proposed();
        CONTEXT.panel().forEach(member -> agenda.approve(member, CONTEXT, AT));
        assertEquals(AgendaStatus.AGREED, agenda.status());
        return agenda;
    }

    private static AgendaContext context(int minutes, List<String> panel) {
        return new AgendaContext(
                minutes,
                panel,
                CONTEXT.minCandidateMinutes(),
                CONTEXT.minInterviewersPerRequiredCompetency(),
                CONTEXT.competencies(),
                CONTEXT.questions());
    }

    @Test
    void aNewPanelThatBreaksARuleSendsTheAgreedAgendaBackForEditing() {
        Agenda agenda = agreed();
        assertTrue(
                agenda.interviewChanged(context(60, List.of("max", "ines", "li")), "The panel changed.", "rita", AT),
                "the agreement was undone");
        assertEquals(AgendaStatus.DRAFT, agenda.status());
        assertEquals(
                List.of("max", "ines", "li"),
                agenda.approvals().stream().map(Approval::member).toList());
        assertTrue(agenda.approvals().stream().allMatch(a -> a.state() == ApprovalState.PENDING));
        assertEquals(null, agenda.items().get(2).owner(), "omar left, his block has no owner");
        AgendaChange why = agenda.reopening().orElseThrow();
        assertEquals("rita", why.by());
        assertTrue(why.summary().startsWith("The panel changed."), why.summary());
        assertTrue(why.summary().contains("no longer satisfies"), why.summary());
    }

    @Test
    void aNewDurationSendsTheAgreedAgendaBackForEditing() {
        Agenda agenda = agreed();
        AgendaContext shorter = context(45, CONTEXT.panel());
        assertTrue(agenda.interviewChanged(
                shorter, "The interview's duration changed from 60 to 45 minutes.", "rita", AT));
        assertEquals(AgendaStatus.DRAFT, agenda.status());
        assertTrue(agenda.reopening().isPresent());
        // it cannot be agreed as it stands: not proposed, and the rules refuse it
        assertThrows(AgendaRuleException.class, () -> agenda.propose(shorter, "max", AT));
    }

    @Test
    void aChangeThatKeepsEveryRuleAsksForTheApprovalsAgain() {
        Agenda agenda = agreed();
        // li takes nothing over yet; with the same three members and the same duration every rule still holds
        assertTrue(agenda.interviewChanged(CONTEXT, "The panel changed.", "rita", AT));
        assertEquals(AgendaStatus.PROPOSED, agenda.status());
        assertTrue(agenda.reopening().isEmpty());
    }

    @Test
    void anAgendaThatBreaksARuleCanNeverBecomeAgreed() {
        Agenda agenda = proposed();
        agenda.approve("max", CONTEXT, AT);
        agenda.approve("ines", CONTEXT, AT);
        // the interview grew to 75 minutes since the proposal: the last approval is refused
        AgendaRuleException refusal =
                assertThrows(AgendaRuleException.class, () -> agenda.approve("omar", context(75, CONTEXT.panel()), AT));
        assertEquals(
                AgendaViolation.MINUTES_MISMATCH, refusal.violations().get(0).code());
        assertEquals(AgendaStatus.PROPOSED, agenda.status());
        assertEquals(ApprovalState.PENDING, agenda.approvalOf("omar"));
    }

    @Test
    void aMembersScorecardMustRateWhatTheirBlocksCoverByCompetencyOrByQuestion() {
        Agenda agenda = fresh();
        List<AgendaItem> items = new ArrayList<>(validItems());
        // ines covers "teamwork" only through the question she picked (102 belongs to teamwork)
        items.set(
                1,
                new AgendaItem(
                        AgendaBlockKind.COMPETENCY, "Design with Ines", 20, "ines", List.of("design"), List.of(102L)));
        agenda.revise(items, CONTEXT, "max", AT);
        assertEquals(List.of("design", "teamwork"), agenda.competenciesCoveredBy("ines", CONTEXT.questions()));
        assertEquals(List.of("design", "teamwork"), agenda.competenciesCoveredBy("omar", CONTEXT.questions()));
        assertEquals(List.of(), agenda.competenciesCoveredBy("max", CONTEXT.questions()));
    }

    @Test
    void anonymizingScrubsTheCandidateFromTitlesCommentsAndHistory() {
        Agenda agenda = proposed();
        agenda.requestChanges("omar", "Kim Novak asked for a break", AT);
        List<AgendaItem> items = new ArrayList<>(agenda.items());
        int minutes = items.stream().mapToInt(AgendaItem::minutes).sum();
        agenda.anonymize(TestPseudonyms.scrubber());
        String name = TestPseudonyms.pseudonym().name();
        assertEquals(
                name + " asked for a break",
                agenda.approvals().stream()
                        .filter(a -> a.member().equals("omar"))
                        .findFirst()
                        .orElseThrow()
                        .comment());
        assertEquals(
                minutes, agenda.items().stream().mapToInt(AgendaItem::minutes).sum());
        assertEquals(
                items.stream().map(AgendaItem::owner).toList(),
                agenda.items().stream().map(AgendaItem::owner).toList());
        assertTrue(agenda.history().stream().noneMatch(c -> c.summary().contains("Kim")));
    }
}
