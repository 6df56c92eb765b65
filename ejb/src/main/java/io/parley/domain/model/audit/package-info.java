/**
 * Who read what (issue 21): a {@link io.parley.domain.model.audit.ReadRecord} per read of a candidate's assessment
 * (a scorecard, a debrief, a debrief packet, a records export), its kinds and channels, and the filter the hr-admins'
 * page and CSV apply.
 */
package io.parley.domain.model.audit;
