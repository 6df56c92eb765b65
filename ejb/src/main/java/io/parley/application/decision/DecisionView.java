package io.parley.application.decision;

import io.parley.domain.model.decision.Outcome;
import java.io.Serializable;
import java.time.Instant;

/** A recorded decision as pages and the API show it. */
public record DecisionView(
        Outcome outcome,
        String rationale,
        String decidedBy,
        Instant decidedAt,
        Double weightedScore,
        String followUp,
        Instant followUpSentAt)
        implements Serializable {}
