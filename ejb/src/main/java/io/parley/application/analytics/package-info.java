/**
 * Decision-quality analytics as use cases: how reliably each kit measures, how each interviewer rates compared with
 * their co-raters, how closely panels follow the structured process, and adverse impact on groups the ATS names.
 * Only interviews whose debrief has opened count (the blind rule hides scorecards before), and only the ratings
 * frozen then (the independent ones, before the discussion). hr-admins see everything; a panel member sees only
 * their own calibration.
 */
package io.parley.application.analytics;
