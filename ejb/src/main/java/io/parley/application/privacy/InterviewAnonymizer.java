package io.parley.application.privacy;

import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.decision.Decision;
import io.parley.domain.model.decision.DecisionRepository;
import io.parley.domain.model.interview.Candidate;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.privacy.NameScrubber;
import io.parley.domain.model.privacy.PrivacyEvent;
import io.parley.domain.model.privacy.Pseudonym;
import io.parley.domain.model.privacy.PseudonymKeys;
import io.parley.domain.model.scorecard.Scorecard;
import io.parley.domain.model.scorecard.ScorecardRepository;
import io.parley.domain.shared.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Anonymizes one closed interview in the caller's transaction: the interview, its scorecards (and their trail), its
 * agenda and its decision, each by its own rule; then says so ({@link PrivacyEvent.InterviewAnonymized}) so that
 * infrastructure anonymizes its copies (the webhook outbox). A fixed number of statements per interview.
 */
@ApplicationScoped
public class InterviewAnonymizer {

    @Inject
    private ScorecardRepository scorecards;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private PseudonymKeys keys;

    @Inject
    private Event<PrivacyEvent> events;

    @Inject
    private UnitOfWork changes;

    /** Anonymizes {@code interview} (closed); {@code false} when it was anonymized before and nothing changed. */
    public boolean anonymize(Interview interview, Instant at) {
        if (interview.anonymized()) {
            return false;
        }
        Candidate candidate = interview.candidate();
        Pseudonym pseudonym = Pseudonym.of(keys.key(), candidate.externalId());
        NameScrubber scrubber = NameScrubber.of(candidate.name(), candidate.email(), candidate.externalId(), pseudonym);
        interview.anonymize(pseudonym, scrubber, at);
        for (Scorecard scorecard : scorecards.forInterview(interview.id())) {
            scorecard.anonymize(scrubber);
            changes.changed(scorecard);
        }
        agendas.forInterview(interview.id()).ifPresent(agenda -> {
            agenda.anonymize(scrubber);
            changes.changed(agenda);
        });
        decisions.forInterview(interview.id()).ifPresent(Decision::anonymize);
        events.fire(new PrivacyEvent.InterviewAnonymized(interview.idValue(), pseudonym, scrubber, at));
        return true;
    }

    /** The pseudonym {@code externalId} gets here, to find the interviews anonymized before. */
    public Pseudonym pseudonymOf(String externalId) {
        return Pseudonym.of(keys.key(), externalId);
    }
}
