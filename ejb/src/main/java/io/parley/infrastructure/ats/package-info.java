/**
 * Webhooks to the ATS: endpoints (URL and secret), the durable outbox ({@link io.parley.infrastructure.ats.Outbox}
 * writes an event and one delivery per endpoint in the transaction of the change), and the dispatcher that claims
 * due deliveries in the database, posts them signed with HMAC-SHA256 and retries with exponential backoff.
 */
package io.parley.infrastructure.ats;
