/**
 * Scorecards as use cases: a member's own scorecard (read, autosaved draft, submit, amend with a reason), the
 * panel's submitted scorecards under the blind rule, and the reminders to members who are late.
 */
package io.parley.application.scorecard;
