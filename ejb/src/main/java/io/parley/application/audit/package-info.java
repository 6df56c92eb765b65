/**
 * Who read what (issue 21): {@link io.parley.application.audit.ReadAudit} records each read of a candidate's
 * assessment for the caller (every role may be recorded), {@link io.parley.application.audit.ReadAuditQuery} shows
 * the records to hr-admins only (the read-audit page and its CSV).
 */
package io.parley.application.audit;
