package io.parley.it.incontainer;

import io.parley.application.decision.DecisionService;
import io.parley.application.interview.InterviewDraft;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.PanelSeat;
import io.parley.application.scorecard.ScorecardService;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.decision.Outcome;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.scorecard.CandidateQuestion;
import io.parley.domain.model.scorecard.Rating;
import io.parley.domain.model.scorecard.Recommendation;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.infrastructure.demo.DemoKit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data for the privacy tests (issue 21): candidates no other test or earlier run has, and their interviews,
 * decided (scorecards of ines and max, an amendment, a decision with a note to the candidate), cancelled or open,
 * every text naming the candidate somewhere.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Candidates {

    @EJB
    private InterviewService interviews;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private DecisionService decisions;

    @Inject
    private Interviews fixtures;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHiringManager max;

    @Inject
    private AsInterviewer ines;

    /** A candidate of made-up name parts, address and ATS id. */
    public record Person(String externalId, String first, String last, String email) implements Serializable {

        public static Person fresh() {
            String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            return new Person("ats-" + tag, "Zyxa" + tag, "Qwov" + tag, "zq." + tag + "@example.net");
        }

        public String name() {
            return first + " " + last;
        }

        /** What must be gone after an erasure. */
        public List<String> traces() {
            return List.of(first, last, email, externalId);
        }
    }

    public static InterviewDraft draft(Person person, ZonedDateTime start) {
        return new InterviewDraft(
                person.externalId(),
                person.name(),
                person.email(),
                "job-42",
                "Backend Engineer",
                DemoKit.KEY,
                start,
                60,
                "Room 4.12 (" + person.first() + " arrives by train)",
                List.of(new PanelSeat("max", true), new PanelSeat("ines", false)));
    }

    private static List<AgendaItem> agenda(Person person) {
        List<AgendaItem> agenda = new ArrayList<>(Interviews.goodAgenda());
        agenda.set(
                3,
                new AgendaItem(
                        AgendaBlockKind.CANDIDATE_QUESTIONS,
                        person.first() + "'s questions",
                        10,
                        "max",
                        List.of(),
                        List.of()));
        return agenda;
    }

    private static ScorecardContent card(Person person, int rating, String who) {
        return new ScorecardContent(
                Interviews.REQUIRED.stream()
                        .map(key -> new Rating(key, rating, who + ": " + person.first() + " on " + key))
                        .toList(),
                List.of(),
                List.of(new CandidateQuestion(
                        person.first() + " asked about on-call", "Answered for " + person.last())),
                List.of(person.first() + " mentioned a non-compete"),
                who + " thinks " + person.name() + " (" + person.email() + ") is strong",
                rating > 2 ? Recommendation.YES : Recommendation.NO);
    }

    /** Three days ago: both scored, ines amended, max decided HIRE with a note to the candidate. */
    public InterviewId decided(Person person) {
        InterviewId id = fixtures.agreed(
                draft(person, ZonedDateTime.now(ZoneId.of("UTC")).minusDays(3)), agenda(person));
        ines.call(() -> {
            scorecards.save(id, 0L, card(person, 4, "Ines"), null);
            return scorecards.submit(id);
        });
        max.call(() -> {
            scorecards.save(id, 0L, card(person, 3, "Max"), null);
            return scorecards.submit(id);
        });
        ines.call(() -> scorecards.save(
                id, scorecards.mine(id).version(), card(person, 3, "Ines"), person.first() + " called back"));
        max.call(() -> decisions.decide(
                id,
                Outcome.HIRE,
                person.name() + " was strong in design",
                "Dear " + person.first() + ", we would like to make you an offer."));
        return id;
    }

    /** {@code daysAhead} from now, planned by rita, agenda still a draft. */
    public InterviewId open(Person person, int daysAhead) {
        return rita.call(() -> interviews.plan(
                draft(person, ZonedDateTime.now(ZoneId.of("UTC")).plusDays(daysAhead))));
    }

    /** Planned as {@link #open}, then cancelled by rita. */
    public InterviewId cancelled(Person person) {
        InterviewId id = open(person, 2);
        rita.call(() -> {
            interviews.cancel(id);
            return null;
        });
        return id;
    }
}
