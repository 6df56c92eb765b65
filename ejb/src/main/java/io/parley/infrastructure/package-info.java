/**
 * Technical adapters that implement the domain's ports and observe its events: persistence (JPA repositories, the
 * unit of work, Flyway), the ATS webhooks (outbox and dispatcher), mail, the calendar invite and the demo data.
 * Nothing here imports {@code io.parley.application}.
 */
package io.parley.infrastructure;
