/**
 * Webhooks to the ATS: endpoints (URL and secret), {@link io.parley.infrastructure.ats.WebhookEvents}, which turns
 * each {@code InterviewEvent} into the webhook of SPEC.md, the durable outbox ({@link io.parley.infrastructure.ats.Outbox}
 * writes an event and one delivery per endpoint in the transaction of the change), and the dispatcher that claims
 * due deliveries in the database, posts them signed with HMAC-SHA256 and retries with exponential backoff.
 */
package io.parley.infrastructure.ats;
