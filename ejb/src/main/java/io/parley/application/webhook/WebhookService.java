package io.parley.application.webhook;

import io.parley.domain.shared.Page;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** hr-admins register the ATS's webhook endpoints, remove them, read the delivery log and redeliver. */
public interface WebhookService {

    List<Endpoint> endpoints();

    Endpoint register(@NotNull @Size(max = 2000) String url, @NotNull @Size(max = 200) String secret);

    void remove(long endpointId);

    Page<Delivery> deliveries(long endpointId, int offset, int limit);

    /** Sends one of {@code endpointId}'s deliveries again; a delivery of another endpoint is not found. */
    void redeliver(long endpointId, long deliveryId);

    /** An endpoint as shown (never its secret). */
    record Endpoint(long id, String url, boolean active, String createdBy, Instant createdAt) implements Serializable {}

    /** One event's delivery to an endpoint. */
    record Delivery(
            long id,
            String eventId,
            String type,
            Long interviewId,
            Instant occurredAt,
            String status,
            int attempts,
            Integer lastStatusCode,
            String lastError,
            Instant lastAttemptAt,
            Instant nextAttemptAt,
            Instant deliveredAt)
            implements Serializable {}
}
