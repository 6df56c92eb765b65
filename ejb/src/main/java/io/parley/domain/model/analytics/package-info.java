/**
 * Decision-quality statistics over submitted ratings: Krippendorff's alpha (ordinal) with a bootstrap interval, panel
 * reliability (ICC(1), ICC(1,k), Spearman-Brown), interviewer leniency from an additive model, halo, and adverse
 * impact (four-fifths rule, Fisher's exact test, two-proportion Z test). Pure computations on aggregates that the
 * persistence layer hands over; nothing here reads the database. docs/analytics.md says what each figure means.
 */
package io.parley.domain.model.analytics;
