package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.interview.AgendaService;
import io.parley.application.interview.AgendaView;
import io.parley.application.interview.InterviewDraft;
import io.parley.application.interview.InterviewPage;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewSummary;
import io.parley.application.interview.PanelSeat;
import io.parley.application.kit.KitService;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.AgendaRuleException;
import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.AgendaViolation;
import io.parley.domain.model.agenda.Approval;
import io.parley.domain.model.agenda.ApprovalState;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.interview.PendingAction;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.infrastructure.demo.DemoKit;
import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Interviews and agendas inside Payara as the demo users: rita (recruiter) plans, max (hiring manager) leads,
 * ines (interviewer) sits on the panel or, for the visibility checks, does not.
 */
@ExtendWith(ArquillianExtension.class)
class InterviewAndAgendaIT {

    private static final List<String> REQUIRED = Interviews.REQUIRED;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(InterviewAndAgendaIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private InterviewService interviews;

    @EJB
    private AgendaService agendas;

    @EJB
    private KitService kits;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHiringManager max;

    @Inject
    private AsInterviewer ines;

    @Inject
    private AsHrAdmin hana;

    @Inject
    private PersistenceContexts persistence;

    @Inject
    private TestUsers testUsers;

    @Inject
    private Interviews agreedInterviews;

    private InterviewId planWithInes() {
        return rita.call(() ->
                interviews.plan(Interviews.draft(List.of(new PanelSeat("max", true), new PanelSeat("ines", false)))));
    }

    @Test
    void aRecruiterPlansAnInterviewWithTheKitsAgendaTemplate() {
        InterviewId id = planWithInes();
        var interview = rita.call(() -> interviews.find(id));
        assertEquals(InterviewStatus.PLANNING, interview.status());
        assertEquals(DemoKit.KEY, interview.kitKey());
        assertEquals("max", interview.lead());
        assertEquals(ZoneId.of("Europe/Berlin"), interview.startsAt().getZone());

        AgendaView agenda = max.call(() -> agendas.agenda(id));
        assertEquals(AgendaStatus.DRAFT, agenda.status());
        assertEquals(DemoKit.content().agendaTemplate().size(), agenda.items().size());
        assertEquals("max", agenda.items().get(0).owner(), "the lead hosts the welcome");
        assertEquals("ines", agenda.items().get(1).owner(), "competency blocks go round the panel");

        InterviewPage page = ines.call(() -> interviews.page(id));
        assertEquals(id.value(), page.interview().id());
        assertEquals(agenda.items(), page.agenda().items());
        assertEquals(agenda.version(), page.agenda().version());
        assertEquals(Set.of("max", "ines"), page.names().keySet(), "the panel's names only");
        assertFalse(page.names().get("ines").isBlank());
        assertEquals("scorecard.blind", page.scorecardsHidden(), "a member before submitting");
        assertEquals(
                "scorecard.notAllowed",
                rita.call(() -> interviews.page(id)).scorecardsHidden(),
                "a recruiter off the panel");
        assertNull(hana.call(() -> interviews.page(id)).scorecardsHidden(), "an hr-admin off the panel");
    }

    @Test
    void interviewersSeeOnlyTheInterviewsTheySitOn() {
        InterviewId elsewhere = rita.call(() ->
                interviews.plan(Interviews.draft(List.of(new PanelSeat("max", true), new PanelSeat("omar", false)))));
        for (Runnable attempt : List.<Runnable>of(
                () -> interviews.find(elsewhere),
                () -> interviews.page(elsewhere),
                () -> agendas.agenda(elsewhere),
                () -> agendas.approve(elsewhere),
                () -> agendas.save(elsewhere, 0, Interviews.goodAgenda()))) {
            DomainException refusal = assertInstanceOf(DomainException.class, ines.refusal(attempt));
            assertEquals("interview.notFound", refusal.code());
        }
        assertTrue(Interviews.allMine(ines, interviews).stream().noneMatch(i -> i.id() == elsewhere.value()));

        InterviewId mine = planWithInes();
        assertEquals(
                "Ada Example",
                ines.call(() -> interviews.find(mine)).candidate().name());
    }

    @Test
    void aRescheduledInterviewMovesInItsMembersLists() {
        InterviewId id = planWithInes();
        InterviewId newer = planWithInes();
        List<PanelSeat> panel = List.of(new PanelSeat("max", true), new PanelSeat("ines", false));
        // newest first: moved past the newer one and back behind it, wherever other tests' interviews are
        ZonedDateTime latest = ZonedDateTime.of(2999, 1, 9, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        rita.call(() -> interviews.revise(id, interviews.find(id).lockVersion(), Interviews.draft(latest, panel)));
        assertTrue(position(id) < position(newer), "moved ahead of " + newer.value());
        assertEquals(
                2,
                persistence.nativeUpdate(
                        "update interview_panel set lead = lead where interview_id = ?"
                                + " and starts_at = (select i.starts_at from interview i where i.id = ?)",
                        id.value(),
                        id.value()),
                "every seat keeps the interview's new start");

        rita.call(() -> interviews.revise(
                id, interviews.find(id).lockVersion(), Interviews.draft(latest.minusYears(1000), panel)));
        assertTrue(position(id) > position(newer), "behind " + newer.value() + " now");
    }

    @Test
    void onlyRecruitersAndHrAdminsPlanInterviews() {
        assertInstanceOf(
                EJBAccessException.class,
                ines.refusal(() -> interviews.plan(Interviews.draft(List.of(new PanelSeat("ines", true))))));
        assertInstanceOf(EJBAccessException.class, max.refusal(() -> interviews.cancel(new InterviewId(1))));
    }

    @Test
    void plannersFindPanelMembersByPartOfTheirNameAndOnlyPeopleWhoMaySitOnAPanel() {
        testUsers.interviewers(InterviewService.PANEL_CANDIDATES_LIMIT + 5);
        testUsers.user("panel-leaver", "Panel Member Who Left", false, Role.INTERVIEWER);
        testUsers.user("panel-ats", "Panel Member Machine", true, Role.ATS);

        List<InterviewService.PanelCandidate> many = rita.call(() -> interviews.panelCandidates("PANEL member"));
        assertEquals(InterviewService.PANEL_CANDIDATES_LIMIT, many.size(), "one search offers at most the limit");
        assertTrue(many.stream().allMatch(c -> c.displayName().startsWith("Panel Member ")), many.toString());
        List<String> names =
                many.stream().map(InterviewService.PanelCandidate::displayName).toList();
        assertEquals(names.stream().sorted().toList(), names, "by name");

        assertEquals(
                List.of(new InterviewService.PanelCandidate("ines", "Ines Moreau")),
                rita.call(() -> interviews.panelCandidates("moreau")),
                "found by part of the name, ignoring case");
        assertEquals(
                List.of("ines"),
                rita.call(() -> interviews.panelCandidates(" INES ")).stream()
                        .map(InterviewService.PanelCandidate::username)
                        .toList(),
                "found by username");
        assertTrue(
                rita.call(() -> interviews.panelCandidates("who left")).isEmpty(), "an inactive user is not offered");
        assertTrue(rita.call(() -> interviews.panelCandidates("machine")).isEmpty(), "a machine client is not offered");
        assertTrue(rita.call(() -> interviews.panelCandidates("%")).isEmpty(), "% is a character, not a wildcard");
        assertTrue(rita.call(() -> interviews.panelCandidates("_")).isEmpty(), "_ is a character, not a wildcard");
        assertInstanceOf(
                EJBAccessException.class,
                ines.refusal(() -> interviews.panelCandidates("a")),
                "only planners search the staff");
    }

    @Test
    void theServerRefusesAPanelSeatForALeaverOrAMachineClientWhateverThePageOffered() {
        testUsers.user("panel-leaver", "Panel Member Who Left", false, Role.INTERVIEWER);
        testUsers.user("panel-ats", "Panel Member Machine", true, Role.ATS);
        assertEquals(
                "interview.panel.unknownUser",
                assertInstanceOf(
                                DomainException.class,
                                rita.refusal(() -> interviews.plan(Interviews.draft(
                                        List.of(new PanelSeat("max", true), new PanelSeat("panel-leaver", false))))))
                        .code());
        assertEquals(
                "interview.panel.machineClient",
                assertInstanceOf(
                                DomainException.class,
                                rita.refusal(() -> interviews.plan(Interviews.draft(
                                        List.of(new PanelSeat("max", true), new PanelSeat("panel-ats", false))))))
                        .code());
        InterviewId id = planWithInes();
        assertEquals(
                "interview.panel.machineClient",
                assertInstanceOf(
                                DomainException.class,
                                rita.refusal(() -> interviews.revise(
                                        id,
                                        interviews.find(id).lockVersion(),
                                        Interviews.draft(List.of(new PanelSeat("panel-ats", true))))))
                        .code(),
                "a revision is checked as a plan is");
    }

    @Test
    void aPanelNeedsKnownUsersAndExactlyOneLead() {
        assertEquals(
                "interview.panel.unknownUser",
                assertInstanceOf(
                                DomainException.class,
                                rita.refusal(() ->
                                        interviews.plan(Interviews.draft(List.of(new PanelSeat("nobody", true))))))
                        .code());
        assertEquals(
                "interview.panel.oneLead",
                assertInstanceOf(
                                DomainException.class,
                                rita.refusal(() -> interviews.plan(Interviews.draft(
                                        List.of(new PanelSeat("max", false), new PanelSeat("ines", false))))))
                        .code());
    }

    @Test
    void anAgendaThatBreaksARuleIsRefusedWithTheRuleNamed() {
        InterviewId id = planWithInes();
        long version = max.call(() -> agendas.agenda(id)).version();
        List<AgendaItem> squeezed = List.of(
                new AgendaItem(AgendaBlockKind.COMPETENCY, "Everything", 55, "ines", REQUIRED, List.of()),
                new AgendaItem(AgendaBlockKind.CANDIDATE_QUESTIONS, "Quick questions", 5, "max", List.of(), List.of()));
        AgendaRuleException refusal =
                assertInstanceOf(AgendaRuleException.class, max.refusal(() -> agendas.save(id, version, squeezed)));
        assertTrue(
                refusal.violations().stream().anyMatch(v -> v.code().equals(AgendaViolation.CANDIDATE_BLOCK_TOO_SHORT)),
                refusal.violations().toString());
        assertTrue(
                refusal.violations().stream().anyMatch(v -> v.code().equals(AgendaViolation.COMPETENCY_UNDERCOVERED)));
        assertEquals(version, max.call(() -> agendas.agenda(id)).version(), "nothing was saved");
    }

    @Test
    void aSaveFromAStaleVersionIsRefused() {
        InterviewId id = planWithInes();
        long read = max.call(() -> agendas.agenda(id)).version();
        long saved = max.call(() -> agendas.save(id, read, Interviews.goodAgenda()));
        assertNotEquals(read, saved);
        DomainException refusal = assertInstanceOf(
                DomainException.class, rita.refusal(() -> agendas.save(id, read, Interviews.goodAgenda())));
        assertEquals("conflict.stale", refusal.code());
    }

    @Test
    void aBlockGoesInBetweenTwoOthersAndOneComesOutOfTheMiddleInOrder() {
        // agenda_item's key is (interview_id, position), which PostgreSQL checks row by row while one UPDATE moves
        // the blocks behind an inserted one up a position; and two equal blocks must stay two (H2 as well)
        InterviewId id = planWithInes();
        AgendaItem design =
                new AgendaItem(AgendaBlockKind.COMPETENCY, "Design with Ines", 15, "ines", REQUIRED, List.of());
        AgendaItem coding =
                new AgendaItem(AgendaBlockKind.COMPETENCY, "Code with Ines", 10, "ines", REQUIRED, List.of());
        AgendaItem operations =
                new AgendaItem(AgendaBlockKind.COMPETENCY, "Operations with Max", 15, "max", REQUIRED, List.of());
        AgendaItem questions =
                new AgendaItem(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions", 10, "max", List.of(), List.of());
        AgendaItem wrapUp = new AgendaItem(AgendaBlockKind.WRAP_UP, "Wrap-up", 5, "max", List.of(), List.of());
        AgendaItem pitch = new AgendaItem(AgendaBlockKind.PITCH, "The team", 5, "max", List.of(), List.of());
        List<List<AgendaItem>> revisions = List.of(
                List.of(welcome(15), design, operations, questions, wrapUp),
                // in between two competency blocks, three blocks behind it
                List.of(welcome(5), design, coding, operations, questions, wrapUp),
                // out of the middle
                List.of(welcome(20), coding, operations, questions, wrapUp),
                // two equal blocks, then a block in between them, then one of them out again
                List.of(welcome(10), coding, coding, operations, questions, wrapUp),
                List.of(welcome(5), coding, pitch, coding, operations, questions, wrapUp),
                List.of(welcome(15), pitch, coding, operations, questions, wrapUp));
        for (List<AgendaItem> revision : revisions) {
            long version = max.call(() -> agendas.agenda(id)).version();
            long saved = max.call(() -> agendas.save(id, version, revision));
            AgendaView read = max.call(() -> agendas.agenda(id));
            assertEquals(revision, read.items());
            assertEquals(saved, read.version());
        }
    }

    @Test
    void aPanelMemberJoinsInTheMiddleAndLeavesAgainInOrder() {
        // interview_panel and agenda_approval are keyed by position as agenda_item is: the seats and approvals behind
        // the new member move a position up, and back down when that member leaves
        List<PanelSeat> three =
                List.of(new PanelSeat("max", true), new PanelSeat("omar", false), new PanelSeat("li", false));
        InterviewDraft draft = Interviews.draft(three);
        InterviewId id = rita.call(() -> interviews.plan(draft));
        List<PanelSeat> four = List.of(three.get(0), new PanelSeat("ines", false), three.get(1), three.get(2));
        for (List<PanelSeat> panel : List.of(four, three)) {
            InterviewDraft revised = new InterviewDraft(
                    draft.candidateExternalId(),
                    draft.candidateName(),
                    draft.candidateEmail(),
                    draft.jobExternalId(),
                    draft.jobTitle(),
                    draft.kitKey(),
                    draft.startsAt(),
                    draft.durationMinutes(),
                    draft.location(),
                    panel);
            rita.call(() -> interviews.revise(id, interviews.find(id).lockVersion(), revised));
            List<String> members = panel.stream().map(PanelSeat::username).toList();
            assertEquals(panel, rita.call(() -> interviews.find(id)).panel());
            assertEquals(
                    members,
                    max.call(() -> agendas.agenda(id)).approvals().stream()
                            .map(Approval::member)
                            .toList());
        }
    }

    private static AgendaItem welcome(int minutes) {
        return new AgendaItem(AgendaBlockKind.WELCOME, "Welcome", minutes, "max", List.of(), List.of());
    }

    @Test
    void anInterviewerWhoIsNotTheLeadCannotEditTheAgenda() {
        InterviewId id = planWithInes();
        long version = ines.call(() -> agendas.agenda(id)).version();
        assertEquals(
                "agenda.notAllowed",
                assertInstanceOf(
                                DomainException.class,
                                ines.refusal(() -> agendas.save(id, version, Interviews.goodAgenda())))
                        .code());
    }

    @Test
    void whenEveryMemberApprovesTheAgendaIsAgreedAndAnEditClearsTheApprovals() {
        InterviewId id = planWithInes();
        long v1 = max.call(
                () -> agendas.save(id, max.call(() -> agendas.agenda(id)).version(), Interviews.goodAgenda()));
        max.call(() -> {
            agendas.propose(id, v1);
            return null;
        });
        assertEquals(List.of(PendingAction.APPROVE_AGENDA), line(ines, id).pending());

        ines.call(() -> {
            agendas.approve(id);
            return null;
        });
        assertEquals(
                InterviewStatus.PLANNING, rita.call(() -> interviews.find(id)).status());
        // My interviews reads each user's own approval: ines is done, max (the lead) still has to approve
        assertEquals(List.of(), line(ines, id).pending());
        assertEquals(List.of(PendingAction.APPROVE_AGENDA), line(max, id).pending());
        assertTrue(line(max, id).lead());
        max.call(() -> {
            agendas.approve(id);
            return null;
        });
        assertEquals(AgendaStatus.AGREED, max.call(() -> agendas.agenda(id)).status());
        assertEquals(
                InterviewStatus.AGENDA_AGREED,
                rita.call(() -> interviews.find(id)).status());
        assertEquals(List.of(PendingAction.WRITE_SCORECARD), line(ines, id).pending());

        AgendaView agreed = max.call(() -> agendas.agenda(id));
        List<AgendaItem> changed = new ArrayList<>(Interviews.goodAgenda());
        changed.set(
                1,
                new AgendaItem(
                        AgendaBlockKind.COMPETENCY, "Design and code with Ines", 15, "ines", REQUIRED, List.of()));
        changed.set(
                3,
                new AgendaItem(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions", 15, "max", List.of(), List.of()));
        max.call(() -> agendas.save(id, agreed.version(), changed));
        AgendaView reopened = max.call(() -> agendas.agenda(id));
        assertEquals(AgendaStatus.PROPOSED, reopened.status());
        assertTrue(reopened.approvals().stream().allMatch(a -> a.state() == ApprovalState.PENDING));
        assertEquals(
                InterviewStatus.PLANNING, rita.call(() -> interviews.find(id)).status());
        String lastChange =
                reopened.history().get(reopened.history().size() - 1).summary();
        assertTrue(lastChange.contains("20 → 15 min"), lastChange);
    }

    @Test
    void aNewDurationSendsAnAgreedAgendaBackForEditingAndTheRulesKeepItFromBeingAgreed() {
        ZonedDateTime start = ZonedDateTime.of(2031, 5, 5, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        InterviewId id = agreedInterviews.agreed(start);
        assertEquals(
                InterviewStatus.AGENDA_AGREED,
                rita.call(() -> interviews.find(id)).status());
        var before = rita.call(() -> interviews.find(id));
        var shorter = Interviews.draft(start, List.of(new PanelSeat("max", true), new PanelSeat("ines", false)));
        rita.call(() -> interviews.revise(
                id,
                before.lockVersion(),
                new InterviewDraft(
                        shorter.candidateExternalId(),
                        shorter.candidateName(),
                        shorter.candidateEmail(),
                        shorter.jobExternalId(),
                        shorter.jobTitle(),
                        shorter.kitKey(),
                        start,
                        45,
                        shorter.location(),
                        shorter.panel())));

        assertEquals(
                InterviewStatus.PLANNING, rita.call(() -> interviews.find(id)).status());
        AgendaView agenda = max.call(() -> agendas.agenda(id));
        assertEquals(AgendaStatus.DRAFT, agenda.status(), "back for editing");
        assertTrue(agenda.approvals().stream().allMatch(a -> a.state() == ApprovalState.PENDING));
        assertTrue(
                agenda.reopening().summary().contains("from 60 to 45 minutes"),
                agenda.reopening().summary());
        assertEquals(
                List.of(AgendaViolation.MINUTES_MISMATCH),
                agenda.violations().stream().map(AgendaViolation::code).toList(),
                "the panel sees why");
        AgendaRuleException refusal =
                assertInstanceOf(AgendaRuleException.class, max.refusal(() -> agendas.propose(id, agenda.version())));
        assertEquals(
                AgendaViolation.MINUTES_MISMATCH, refusal.violations().get(0).code());
    }

    @Test
    void aPanelChangeLeavesNoBlockWithSomeoneWhoLeft() {
        ZonedDateTime start = ZonedDateTime.of(2031, 5, 6, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        InterviewId id = agreedInterviews.agreed(start);
        var before = rita.call(() -> interviews.find(id));
        rita.call(() -> interviews.revise(
                id,
                before.lockVersion(),
                Interviews.draft(start, List.of(new PanelSeat("max", true), new PanelSeat("omar", false)))));

        assertEquals(
                InterviewStatus.PLANNING, rita.call(() -> interviews.find(id)).status());
        AgendaView agenda = max.call(() -> agendas.agenda(id));
        assertEquals(AgendaStatus.DRAFT, agenda.status());
        assertTrue(
                agenda.items().stream().noneMatch(item -> "ines".equals(item.owner())),
                agenda.items().toString());
        assertEquals(
                List.of("max", "omar"),
                agenda.approvals().stream().map(a -> a.member()).toList());
        assertTrue(agenda.violations().stream().anyMatch(v -> v.code().equals(AgendaViolation.BLOCK_WITHOUT_OWNER)));
        assertTrue(agenda.violations().stream().anyMatch(v -> v.code().equals(AgendaViolation.MEMBER_WITHOUT_BLOCK)));
    }

    @Test
    void theLeadAndRecruitersEditTheAgendaAndHrAdminsDoNot() {
        InterviewId id = planWithInes();
        long version = max.call(() -> agendas.agenda(id)).version();
        assertEquals(
                "agenda.notAllowed",
                assertInstanceOf(
                                DomainException.class,
                                hana.refusal(() -> agendas.save(id, version, Interviews.goodAgenda())))
                        .code());
        assertEquals(
                "agenda.notAllowed",
                assertInstanceOf(DomainException.class, hana.refusal(() -> agendas.propose(id, version)))
                        .code());
        assertEquals(version, max.call(() -> agendas.agenda(id)).version(), "nothing was saved");
        long byRita = rita.call(() -> agendas.save(id, version, Interviews.goodAgenda()));
        long byMax = max.call(() -> agendas.save(id, byRita, Interviews.goodAgenda()));
        assertNotEquals(byRita, byMax);
    }

    @Test
    void anInterviewKeepsItsPinnedKitVersionWhenANewVersionIsPublished() {
        String key = "pinned-" + UUID.randomUUID().toString().substring(0, 8);
        KitId v1 = hana.call(() -> kits.createDraft("Pinned kit", key));
        hana.call(() -> {
            long lock = kits.saveDraft(
                    v1,
                    kits.find(v1).orElseThrow().lockVersion(),
                    key,
                    DemoKit.content().withName("Pinned kit, first version"));
            kits.publish(v1, lock);
            return null;
        });
        var draft = Interviews.draft(List.of(new PanelSeat("max", true), new PanelSeat("ines", false)));
        var onV1 = new InterviewDraft(
                draft.candidateExternalId(),
                draft.candidateName(),
                draft.candidateEmail(),
                draft.jobExternalId(),
                draft.jobTitle(),
                key,
                draft.startsAt(),
                draft.durationMinutes(),
                draft.location(),
                draft.panel());
        InterviewId planned = rita.call(() -> interviews.plan(onV1));

        KitId v2 = hana.call(() -> kits.newVersion(v1));
        hana.call(() -> {
            long lock = kits.saveDraft(
                    v2,
                    kits.find(v2).orElseThrow().lockVersion(),
                    key,
                    DemoKit.content().withName("Pinned kit, second version"));
            kits.publish(v2, lock);
            return null;
        });

        var pinned = rita.call(() -> interviews.find(planned));
        assertEquals(1, pinned.kitVersion(), "the interview keeps the version it was planned with");
        assertEquals("Pinned kit, first version", pinned.kitName());
        var later = rita.call(() ->
                interviews.find(rita.call(() -> interviews.plan(new io.parley.application.interview.InterviewDraft(
                        "cand-" + UUID.randomUUID(),
                        "Later Candidate",
                        "later@example.com",
                        "job-2",
                        "Backend Engineer",
                        key,
                        draft.startsAt(),
                        draft.durationMinutes(),
                        draft.location(),
                        draft.panel())))));
        assertEquals(2, later.kitVersion(), "a new interview pins the newly published version");
        // a revision with the same kit key keeps the pinned version too
        rita.call(() -> interviews.revise(planned, pinned.lockVersion(), onV1));
        assertEquals(1, rita.call(() -> interviews.find(planned)).kitVersion());
    }

    @Test
    void aChangeRequestNeedsAComment() {
        InterviewId id = planWithInes();
        long v1 = max.call(
                () -> agendas.save(id, max.call(() -> agendas.agenda(id)).version(), Interviews.goodAgenda()));
        max.call(() -> {
            agendas.propose(id, v1);
            return null;
        });
        ines.call(() -> {
            agendas.requestChanges(id, "Could operations come first?");
            return null;
        });
        AgendaView agenda = max.call(() -> agendas.agenda(id));
        assertEquals(ApprovalState.CHANGES_REQUESTED, agenda.approvals().get(1).state());
        assertEquals("Could operations come first?", agenda.approvals().get(1).comment());
    }

    /** Where {@code id} is in ines's My interviews (newest first), on whichever page. */
    private int position(InterviewId id) {
        List<Long> ids = Interviews.allMine(ines, interviews).stream()
                .map(InterviewSummary::id)
                .toList();
        assertTrue(ids.contains(id.value()), id + " is on ines's list");
        return ids.indexOf(id.value());
    }

    /** The caller's line for {@code id} in My interviews, on whichever page it is. */
    private InterviewSummary line(RoleCaller caller, InterviewId id) {
        return Interviews.allMine(caller, interviews).stream()
                .filter(i -> i.id() == id.value())
                .findFirst()
                .orElseThrow();
    }
}
