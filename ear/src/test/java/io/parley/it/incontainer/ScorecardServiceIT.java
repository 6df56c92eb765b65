package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.interview.AgendaService;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.RunSheetService;
import io.parley.application.interview.RunSheetView;
import io.parley.application.scorecard.MyScorecard;
import io.parley.application.scorecard.ScorecardService;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.interview.PendingAction;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.scorecard.CandidateQuestion;
import io.parley.domain.model.scorecard.QuestionNote;
import io.parley.domain.model.scorecard.Rating;
import io.parley.domain.model.scorecard.Recommendation;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.JobLeases;
import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scorecard drafts, the run sheet and the reminders' job lease through the services, inside Payara. */
@ExtendWith(ArquillianExtension.class)
class ScorecardServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ScorecardServiceIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private InterviewService interviews;

    @EJB
    private AgendaService agendas;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private RunSheetService runSheets;

    @EJB
    private PersistenceContexts persistence;

    @Inject
    private JobLeases leases;

    @Inject
    private Interviews fixtures;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHiringManager max;

    @Inject
    private AsInterviewer ines;

    @Test
    void aCompetencyCoveredOnlyByAPickedQuestionMustBeRatedToo() {
        InterviewId id = fixtures.planned(ZonedDateTime.now(ZoneId.of("UTC")).minusDays(1));
        long collaborationQuestion = max.call(() -> agendas.agenda(id)).context().questions().entrySet().stream()
                .filter(q -> q.getValue().equals("collaboration"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        List<AgendaItem> items = new ArrayList<>(Interviews.goodAgenda());
        items.set(
                1,
                new AgendaItem(
                        AgendaBlockKind.COMPETENCY,
                        "Design and code with Ines",
                        20,
                        "ines",
                        Interviews.REQUIRED,
                        List.of(collaborationQuestion)));
        long version = max.call(() -> agendas.save(id, agendas.agenda(id).version(), items));
        max.call(() -> {
            agendas.propose(id, version);
            agendas.approve(id);
            return null;
        });
        ines.call(() -> {
            agendas.approve(id);
            return null;
        });

        ScorecardContent requiredOnly = new ScorecardContent(
                Interviews.REQUIRED.stream()
                        .map(key -> new Rating(key, 3, "Evidence for " + key))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                "Solid",
                Recommendation.YES);
        ines.call(() -> scorecards.save(id, 0L, requiredOnly, null));
        MyScorecard mine = ines.call(() -> scorecards.mine(id));
        assertTrue(mine.assigned().contains("collaboration"), "the picked question's competency: " + mine.assigned());
        RuntimeException refused = ines.refusal(() -> scorecards.submit(id));
        assertTrue(
                refused instanceof DomainException d
                        && d.reasons().stream()
                                .anyMatch(r -> r.code().equals("scorecard.missing.rating")
                                        && r.arguments().equals(List.of("collaboration"))),
                "the submission needs the rating: " + refused);
        assertEquals(ScorecardStatus.DRAFT, ines.call(() -> scorecards.mine(id)).status());
    }

    @Test
    void aDraftIsReadBackIntactAfterThePersistenceContextIsCleared() {
        InterviewId id =
                fixtures.agreed(ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(2));
        Iterator<Long> questions =
                ines.call(() -> interviews.prep(id)).questions().keySet().iterator();
        long first = questions.next();
        long second = questions.next();
        ScorecardContent draft = new ScorecardContent(
                List.of(
                        new Rating("system-design", 3, "Drew the queue before the cache; named the trade-off"),
                        new Rating("code-quality", null, "Half-way: tests first, naming so-so"),
                        new Rating("collaboration", 4, null)),
                List.of(
                        new QuestionNote(first, "Outage story: owned the rollback"),
                        new QuestionNote(second, "ümlaut ✓")),
                List.of(
                        new CandidateQuestion(
                                "Advancement: what does the path to staff look like?", "Two examples given"),
                        new CandidateQuestion("What is the job really like day to day?", null)),
                List.of("Would not do on-call"),
                "Strong designer; check coding depth",
                Recommendation.YES);
        var saved = ines.call(() -> scorecards.save(id, 0L, draft, null));
        assertEquals(ScorecardStatus.DRAFT, saved.status());

        persistence.clearAll();
        MyScorecard back = ines.call(() -> scorecards.mine(id));
        assertEquals(draft, back.content(), "every field comes back as written");
        assertEquals(saved.version(), back.version());
        assertNotNull(back.savedAt());
        assertEquals("scorecard.blind", back.othersHidden(), "a draft's author sees no one else's scorecard");
        assertEquals(
                "scorecard.blind",
                ines.refusal(() -> scorecards.submitted(id, Channel.API)) instanceof DomainException d
                        ? d.code()
                        : null,
                "and the service refuses them with the same reason");
        assertEquals(Interviews.REQUIRED, back.assigned());
        assertTrue(
                back.missing().stream()
                        .anyMatch(r -> r.code().equals("scorecard.missing.rating")
                                && r.arguments().equals(List.of("code-quality"))),
                back.missing().toString());
        assertEquals(
                List.of(PendingAction.WRITE_SCORECARD),
                Interviews.allMine(ines, interviews).stream()
                        .filter(i -> i.id() == id.value())
                        .findFirst()
                        .orElseThrow()
                        .pending());
    }

    @Test
    void aSaveFromAnOlderVersionOfTheSameScorecardIsStale() {
        InterviewId id = fixtures.agreed(ZonedDateTime.now(ZoneId.of("UTC")).plusDays(2));
        ScorecardContent one = new ScorecardContent(
                List.of(new Rating("system-design", 2, "one")), List.of(), List.of(), List.of(), "", null);
        long v1 = ines.call(() -> scorecards.save(id, 0L, one, null)).version();
        ines.call(() -> scorecards.save(id, v1, one, null));
        DomainException stale =
                ines.refusal(() -> scorecards.save(id, v1, one, null)) instanceof DomainException d ? d : null;
        assertNotNull(stale, "refused");
        assertEquals("conflict.stale", stale.code());
        RuntimeException firstTab = ines.refusal(() -> scorecards.save(id, 0L, one, null));
        assertTrue(
                firstTab instanceof DomainException d && d.code().equals("conflict.stale"),
                "a page that saw no scorecard does not overwrite the one another tab created: " + firstTab);
    }

    @Test
    void startingTheRunSheetOpensFeedbackAndTwoNextsFromTheSameViewMoveOnOnce() {
        InterviewId id = fixtures.agreed(ZonedDateTime.now(ZoneId.of("UTC")).plusMinutes(5));
        RunSheetView started = max.call(() -> runSheets.start(id));
        assertEquals(0, started.clock().current());
        assertEquals(
                InterviewStatus.FEEDBACK, rita.call(() -> interviews.find(id)).status());
        RunSheetView moved = ines.call(() -> runSheets.next(id, started.version()));
        assertEquals(1, moved.clock().current());
        RuntimeException again = max.refusal(() -> runSheets.next(id, started.version()));
        assertTrue(again instanceof DomainException d && d.code().equals("runSheet.movedOn"), String.valueOf(again));
        assertEquals(1, max.call(() -> runSheets.runSheet(id)).clock().current());
        assertEquals(10, max.call(() -> runSheets.runSheet(id)).clock().candidateMinutesLeft());
    }

    /**
     * Scheduled work (the reminders) runs once per deployment group: of the servers whose timers fire together, one
     * claims the run; a claim runs out, so the job carries on when the claiming server is gone.
     */
    @Test
    void oneOfManyTimersFiringAtOnceClaimsTheRunAndTheNextRunIsFreeAgain() throws Exception {
        String job = "it-" + UUID.randomUUID();
        persistence.nativeUpdate("insert into scheduled_job (name) values (?)", job);
        Instant now = Instant.now();
        Duration hold = Duration.ofMinutes(14);
        ExecutorService servers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asks.add(() -> leases.claim(job, now, hold));
            }
            int won = 0;
            for (Future<Boolean> answer : servers.invokeAll(asks)) {
                won += answer.get() ? 1 : 0;
            }
            assertEquals(1, won, "exactly one of eight timers firing together runs the job");
        } finally {
            servers.shutdown();
        }
        assertFalse(leases.claim(job, now.plus(Duration.ofMinutes(13)), hold), "the claim still holds");
        assertTrue(leases.claim(job, now.plus(Duration.ofMinutes(15)), hold), "the next run, on any server");
        assertFalse(leases.claim("no-such-job", now, hold), "a job without its row never runs");
    }
}
