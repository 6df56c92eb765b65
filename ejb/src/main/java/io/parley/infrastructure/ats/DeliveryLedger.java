package io.parley.infrastructure.ats;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dispatcher's short transactions, each on its own: find what is due, claim one delivery (an atomic
 * conditional update, so that on several servers exactly one dispatcher wins it), record an attempt's answer.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLedger {

    /**
     * The shortest claim: it has to outlast one send (connect 5 s + request 10 s, {@link WebhookDispatcher}) and the
     * update recording its answer.
     */
    static final Duration SHORTEST_CLAIM = Duration.ofSeconds(20);

    /**
     * How long a claim holds ({@code parley.webhooks.claim-seconds}, 60, at least 20): a dispatcher that died mid-send
     * loses its claim after this, and another instance sends the delivery again. The default leaves 45 s over one send
     * for a slow database or a GC pause; longer only delays the redelivery of what a dead instance had in flight.
     */
    @Inject
    @ConfigProperty(name = "parley.webhooks.claim-seconds", defaultValue = "60")
    private int claimSeconds;

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    /** The claim a setting of {@code seconds} gives: never shorter than {@link #SHORTEST_CLAIM}. */
    static Duration claim(int seconds) {
        Duration claim = Duration.ofSeconds(seconds);
        return claim.compareTo(SHORTEST_CLAIM) < 0 ? SHORTEST_CLAIM : claim;
    }

    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "select d.id from WebhookDelivery d where d.status = :pending"
                                + " and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now)"
                                + " order by d.nextAttemptAt",
                        Long.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Claims one delivery; empty when another dispatcher has it (or it is no longer due). */
    public Optional<Outgoing> claim(long id, Instant now) {
        int claimed = em.createQuery("update WebhookDelivery d set d.claimedUntil = :until where d.id = :id"
                        + " and d.status = :pending and (d.claimedUntil is null or d.claimedUntil < :now)")
                .setParameter("until", now.plus(claim(claimSeconds)))
                .setParameter("id", id)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        return Optional.of(new Outgoing(
                id,
                delivery.endpoint().url(),
                delivery.endpoint().secret(),
                delivery.event().id(),
                delivery.event().type(),
                delivery.event().body()));
    }

    public void attempted(long id, Integer statusCode, String error, Instant at) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery != null) {
            delivery.attempted(statusCode, error, at);
        }
    }

    /** What one claimed delivery sends. */
    public record Outgoing(long deliveryId, String url, String secret, String eventId, String type, String body) {}
}
