package io.parley.interfaces.rest;

import io.parley.application.decision.DecisionView;
import io.parley.domain.model.decision.Outcome;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonObject;
import java.util.Locale;

/** The decision as the API's JSON of SPEC.md. */
final class DecisionJson {

    private DecisionJson() {}

    /** An outcome of SPEC.md; an unknown one is a refused decision (422), like a missing rationale. */
    static Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("decision.outcomeUnknown", value);
        }
    }

    static JsonObject decision(DecisionView decision) {
        var json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("outcome", decision.outcome().name())
                .add("rationale", decision.rationale())
                .add("decidedBy", decision.decidedBy())
                .add("decidedAt", decision.decidedAt().toString())
                .add("followUpNote", decision.followUp());
        if (decision.weightedScore() == null) {
            json.addNull("weightedScore");
        } else {
            json.add("weightedScore", decision.weightedScore());
        }
        return json.build();
    }
}
