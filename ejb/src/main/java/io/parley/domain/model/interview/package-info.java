/**
 * Interviews: one candidate for one job (both by the ATS's ids), a pinned kit version, a time, a duration, a
 * place and a panel with exactly one lead; the status from planning to decision.
 */
package io.parley.domain.model.interview;
