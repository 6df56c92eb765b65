package io.parley.infrastructure.ats;

import io.parley.domain.model.interview.InterviewEvent;
import io.parley.domain.model.privacy.PrivacyEvent;
import io.parley.domain.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * Turns what happened to an interview into the webhook events of SPEC.md, written to the outbox in the transaction
 * of the change (a synchronous observer), so they commit or roll back with it.
 */
@ApplicationScoped
public class WebhookEvents {

    @Inject
    private Outbox outbox;

    void on(@Observes InterviewEvent event) {
        JsonObjectBuilder data = Jsonp.PROVIDER.createObjectBuilder();
        String type;
        if (event instanceof InterviewEvent.AgendaAgreed agreed) {
            data.add("startsAt", agreed.interview().schedule().startsAt().toString());
            type = Outbox.AGENDA_AGREED;
        } else if (event instanceof InterviewEvent.ScorecardSubmitted submitted) {
            data.add("interviewer", Jsonp.PROVIDER.createObjectBuilder().add("userId", submitted.interviewer()))
                    .add("submittedAt", submitted.at().toString());
            type = Outbox.SCORECARD_SUBMITTED;
        } else if (event instanceof InterviewEvent.AllScorecardsSubmitted) {
            type = Outbox.ALL_SCORECARDS_SUBMITTED;
        } else if (event instanceof InterviewEvent.DecisionRecorded decision) {
            data.add("outcome", decision.outcome().name())
                    .add("rationale", decision.rationale())
                    .add("decidedBy", Jsonp.PROVIDER.createObjectBuilder().add("userId", decision.decidedBy()))
                    .add("decidedAt", decision.at().toString())
                    .add("followUpNote", decision.followUpNote());
            type = Outbox.DECISION_RECORDED;
        } else if (event instanceof InterviewEvent.Cancelled) {
            type = Outbox.CANCELLED;
        } else {
            throw new IllegalArgumentException("no webhook for " + event);
        }
        outbox.record(type, event.interview(), data, event.at());
    }

    void on(@Observes PrivacyEvent event) {
        if (event instanceof PrivacyEvent.InterviewAnonymized anonymized) {
            outbox.anonymize(anonymized.interviewId(), anonymized.pseudonym(), anonymized.scrubber());
        } else if (event instanceof PrivacyEvent.CandidateErased erased) {
            outbox.recordCandidateErased(erased.erasureId(), erased.interviewIds(), erased.at());
        }
    }
}
