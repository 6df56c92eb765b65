/**
 * Who read what (issue 21): {@link io.parley.application.audit.Reads} records each read of a candidate's assessment
 * for the reader the calling service names (the services that hand out scorecards, debriefs and records exports are
 * its only callers), {@link io.parley.application.audit.ReadAuditQuery} shows the records to hr-admins only (the
 * read-audit page and its CSV).
 */
package io.parley.application.audit;
