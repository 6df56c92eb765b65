/**
 * Scorecards: one per panel member per interview, rated against the pinned kit's anchored scale with written
 * evidence, the candidate's own questions, deal-breaker flags and an overall recommendation. A draft may be partial;
 * {@link io.parley.domain.model.scorecard.Scorecard#submit} needs it complete; a change after submit is an amendment
 * with a reason, and every submitted version is kept. Who may read whose scorecard (the blind rule) is
 * {@link io.parley.domain.model.scorecard.BlindRule}.
 */
package io.parley.domain.model.scorecard;
