/**
 * The debrief (the panel's combined evidence and the score computed from the ratings frozen when it opened,
 * {@code DebriefOpening}) and the lead's decision, as use cases.
 */
package io.parley.application.decision;
