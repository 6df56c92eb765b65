/**
 * The debrief's arithmetic and the decision: the weighted score from the kit's weights and the submitted ratings,
 * computed before any discussion ({@link io.parley.domain.model.decision.WeightedScore}); the lead's
 * {@link io.parley.domain.model.decision.Decision} with its rationale, which must explain a decision against the
 * score; and the follow-up note to the candidate drafted from the outcome.
 */
package io.parley.domain.model.decision;
