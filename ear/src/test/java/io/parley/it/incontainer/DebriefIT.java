package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.parley.application.audit.ReadAuditQuery;
import io.parley.application.decision.DebriefView;
import io.parley.application.decision.DecisionService;
import io.parley.application.interview.AgendaService;
import io.parley.application.interview.InterviewService;
import io.parley.application.scorecard.ScorecardService;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.decision.Outcome;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.scorecard.Rating;
import io.parley.domain.model.scorecard.Recommendation;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.interview.DebriefPacket;
import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Closing feedback early, the debrief packet, and the outbox rolled back with the decision. */
@ExtendWith(ArquillianExtension.class)
class DebriefIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DebriefIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private InterviewService interviews;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private DecisionService decisions;

    @EJB
    private AgendaService agendas;

    @EJB
    private PersistenceContexts persistence;

    @EJB
    private ReadAuditQuery reads;

    @Inject
    private AsHrAdmin hana;

    @Inject
    private Interviews fixtures;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHiringManager max;

    @Inject
    private AsInterviewer ines;

    @Inject
    private AsHiringManagerInOneTransaction maxInOneTransaction;

    private static ScorecardContent card(int rating, String evidence) {
        return new ScorecardContent(
                Interviews.REQUIRED.stream()
                        .map(key -> new Rating(key, rating, evidence + " " + key))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                evidence + " take-away",
                Recommendation.YES);
    }

    /** Three days ago, max leading, ines on the panel; agenda agreed; ines submitted, max only has a draft. */
    private InterviewId inesSubmittedMaxDrafted() {
        InterviewId id = fixtures.agreed(ZonedDateTime.now(ZoneId.of("UTC")).minusDays(3));
        ines.call(() -> {
            scorecards.save(id, 0L, card(4, "Ines heard"), null);
            scorecards.submit(id);
            return null;
        });
        max.call(() -> scorecards.save(id, 0L, card(1, "Max draft secret"), null));
        return id;
    }

    private static String code(RuntimeException e) {
        return e instanceof DomainException d ? d.code() : String.valueOf(e);
    }

    @Test
    void theLeadClosesFeedbackAfterTheDeadlineAndThePacketHoldsOnlySubmittedScorecards() throws Exception {
        InterviewId id = inesSubmittedMaxDrafted();
        assertEquals("decision.notAllowed", code(ines.refusal(() -> decisions.closeFeedback(id, "We need to move"))));
        assertEquals("interview.closeReasonRequired", code(max.refusal(() -> decisions.closeFeedback(id, " "))));
        assertEquals("debrief.notOpen", code(max.refusal(() -> decisions.debrief(id, Channel.PAGE))));
        max.call(() -> {
            decisions.closeFeedback(id, "The candidate has another offer; Max was out sick.");
            return null;
        });
        assertEquals(
                InterviewStatus.DEBRIEF, rita.call(() -> interviews.find(id)).status());

        DebriefView debrief = max.call(() -> decisions.debrief(id, Channel.PAGE));
        assertEquals(List.of("max"), debrief.notSubmitted(), "those who did not submit are named");
        assertEquals(1, debrief.scorecards().size());
        assertEquals(4.0, debrief.score().score());
        assertTrue(debrief.mayDecide());

        byte[] pdf = max.call(() -> DebriefPacket.render(
                decisions.debriefPacket(id, Channel.PAGE), agendas.agenda(id).items()));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Ines heard system-design"), all);
        assertTrue(all.contains("Scorecard of Ines Moreau"), all);
        assertTrue(all.contains("The candidate has another offer"), all);
        assertFalse(all.contains("Max draft secret"), "never a draft");

        // the services record each read themselves, whoever calls them (issue 21); the debrief's own scorecards
        // are part of the debrief, an hr-admin's list is one read per scorecard
        hana.call(() -> scorecards.submitted(id, Channel.API));
        assertEquals(
                List.of("hana SCORECARD ines API", "max DEBRIEF null PAGE", "max DEBRIEF_PACKET null PAGE"),
                hana
                        .call(() -> reads.find(new ReadAuditFilter(null, id.value(), null, null, null), 0, 50))
                        .items()
                        .stream()
                        .map(r -> r.reader() + " " + r.kind() + " " + r.subject() + " " + r.channel())
                        .sorted()
                        .toList());
    }

    @Test
    void theScoreIsFrozenWhenTheDebriefOpensAndLaterAmendmentsAreShownBesideIt() {
        InterviewId id = fixtures.agreed(ZonedDateTime.now(ZoneId.of("UTC")).minusDays(3));
        ines.call(() -> {
            scorecards.save(id, 0L, card(4, "Ines heard"), null);
            return scorecards.submit(id);
        });
        max.call(() -> {
            scorecards.save(id, 0L, card(3, "Max heard"), null);
            return scorecards.submit(id);
        });
        DebriefView opened = max.call(() -> decisions.debrief(id, Channel.PAGE));
        assertEquals(3.5, opened.score().score(), "(4 + 3) / 2 on a 4-point scale");
        assertTrue(opened.scoreFrozenAt() != null);
        assertTrue(opened.lateAmendments().isEmpty());

        // during the discussion both talk themselves down to 1: the score stays the one computed before
        ines.call(() -> scorecards.save(
                id,
                scorecards.mine(id).version(),
                card(1, "Ines rethought"),
                "Swayed by the discussion of the outage"));
        max.call(
                () -> scorecards.save(id, scorecards.mine(id).version(), card(1, "Max rethought"), "Agreed with Ines"));
        DebriefView later = max.call(() -> decisions.debrief(id, Channel.PAGE));
        assertEquals(3.5, later.score().score(), "frozen when the debrief opened");
        assertEquals(opened.scoreFrozenAt(), later.scoreFrozenAt());
        assertEquals(
                List.of("ines", "max"),
                later.lateAmendments().stream()
                        .map(DebriefView.LateAmendment::interviewer)
                        .sorted()
                        .toList());
        assertTrue(later.lateAmendments().stream().anyMatch(a -> a.reason().equals("Agreed with Ines")));
        assertEquals(Integer.valueOf(4), later.frozenRating("ines", Interviews.REQUIRED.get(0)));
        assertTrue(later.amendedSince("ines", Interviews.REQUIRED.get(0), 1), "the amended rating is marked");

        // the check "against the computed score" uses the frozen 3.5, above the midpoint 2.5: a short no-hire needs
        // a reason, a short hire does not (against the amended ratings it would be the other way round)
        assertEquals(
                "decision.overrideNeedsReason",
                code(max.refusal(() -> decisions.decide(id, Outcome.NO_HIRE, "Not convinced.", null))));
        var decision = max.call(() -> decisions.decide(id, Outcome.HIRE, "Strong before the discussion.", null));
        assertEquals(3.5, decision.weightedScore());
    }

    @Test
    void aDecisionRolledBackTakesItsWebhookEventWithIt() {
        InterviewId id = inesSubmittedMaxDrafted();
        max.call(() -> {
            decisions.closeFeedback(id, "Deadline passed.");
            return null;
        });
        String events = "select count(e) from WebhookEvent e where e.interviewId = :id and e.type = :type";
        RuntimeException failed = null;
        try {
            maxInOneTransaction.runThenFail(
                    () -> decisions.decide(id, Outcome.HIRE, "Strong on every competency.", null));
        } catch (EJBException | AsHiringManagerInOneTransaction.RolledBack e) {
            failed = e;
        }
        assertTrue(failed != null, "the transaction failed");
        assertEquals(0, persistence.count(events, "id", id.value(), "type", "interview.decision_recorded"));
        assertTrue(rita.call(() -> decisions.decision(id)).isEmpty(), "no decision either");
        assertEquals(
                InterviewStatus.DEBRIEF, rita.call(() -> interviews.find(id)).status());

        max.call(() -> decisions.decide(id, Outcome.HIRE, "Strong on every competency.", null));
        assertEquals(
                1,
                persistence.count(events, "id", id.value(), "type", "interview.decision_recorded"),
                "committed together: one event for the one decision");
    }
}
