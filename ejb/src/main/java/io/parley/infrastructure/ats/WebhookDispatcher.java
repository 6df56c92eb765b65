package io.parley.infrastructure.ats;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: every 10 seconds (and right after events are committed) it claims due deliveries one by one
 * and posts them. Nothing is held in memory between runs, so a restart loses nothing: what was pending, or claimed
 * by a dispatcher that died, is due again. At least once: a receiver may see an event twice (same
 * {@code X-Parley-Event-Id}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int BATCH = 50;

    @EJB
    private DeliveryLedger ledger;

    @Inject
    private WebhookHttp http;

    @EJB
    private WebhookDispatcher self;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "webhook deliveries")
    public void onSchedule() {
        dispatch(Instant.now());
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.WebhookEventsWritten written) {
        self.dispatchSoon();
    }

    @Asynchronous
    public void dispatchSoon() {
        dispatch(Instant.now());
    }

    /** Sends what is due at {@code now}; returns how many deliveries were attempted. */
    public int dispatch(Instant now) {
        int attempted = 0;
        for (Long id : ledger.due(now, BATCH)) {
            // the claim runs from the moment it is made, not from the start of the batch: a batch of slow receivers
            // takes longer than the claim, and a claim dated back would already have run out for the other instances
            Instant at = Instant.now();
            var claimed = ledger.claim(id, at.isAfter(now) ? at : now);
            if (claimed.isPresent()) {
                send(claimed.get());
                attempted++;
            }
        }
        return attempted;
    }

    private void send(DeliveryLedger.Outgoing outgoing) {
        Integer status = null;
        String error = null;
        try {
            HttpResponse<Void> response = http.client()
                    .send(
                            HttpRequest.newBuilder(URI.create(outgoing.url()))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Content-Type", "application/json")
                                    .header("User-Agent", "Parley-Webhooks/1")
                                    .header("X-Parley-Event-Id", outgoing.eventId())
                                    .header("X-Parley-Event", outgoing.type())
                                    .header("X-Parley-Signature", Signature.of(outgoing.secret(), outgoing.body()))
                                    .POST(HttpRequest.BodyPublishers.ofString(outgoing.body()))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        if (status == null || status / 100 != 2) {
            String why = error == null ? "HTTP " + status : error;
            LOG.log(
                    Level.INFO,
                    () -> "webhook delivery " + outgoing.deliveryId() + " failed (" + why + "); retried later");
        }
        ledger.attempted(outgoing.deliveryId(), status, error, Instant.now());
    }
}
