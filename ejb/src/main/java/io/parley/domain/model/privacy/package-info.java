/**
 * Candidate data under the company's privacy rules (issue 21): the stable pseudonym that replaces a candidate's name,
 * e-mail and ATS id when their interviews are anonymized, the scrubbing of their name from other texts, and the
 * event that says a candidate was erased. The aggregates anonymize themselves ({@code Interview.anonymize},
 * {@code Scorecard.anonymize}, {@code Decision.anonymize}, {@code Agenda.anonymize}); ratings, recommendations,
 * outcomes, timings and the kit version stay, so analytics keep their counts and figures.
 */
package io.parley.domain.model.privacy;
