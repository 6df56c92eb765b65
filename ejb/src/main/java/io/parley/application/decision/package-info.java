/** The debrief (the panel's combined evidence and the computed score) and the lead's decision, as use cases. */
package io.parley.application.decision;
