package io.parley.infrastructure.ats;

import io.parley.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The endpoints and deliveries in the database, for the admin service (in its transaction). */
@ApplicationScoped
public class WebhookAdministration {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    /** Active endpoints first, then removed ones, newest first: the cap never hides an endpoint still in use. */
    public List<WebhookEndpoint> endpoints() {
        return em.createQuery(
                        "select e from WebhookEndpoint e order by e.active desc, e.id desc", WebhookEndpoint.class)
                .setMaxResults(Page.MAX_LIMIT)
                .getResultList();
    }

    public Optional<WebhookEndpoint> endpoint(long id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    public WebhookEndpoint register(String url, String secret, String by, Instant at) {
        WebhookEndpoint endpoint = new WebhookEndpoint(url, secret, by, at);
        em.persist(endpoint);
        em.flush();
        return endpoint;
    }

    /** Deactivates the endpoint; what was still pending for it is failed, so nothing more is sent there. */
    public void remove(WebhookEndpoint endpoint, Instant at) {
        endpoint.deactivate();
        em.createQuery("update WebhookDelivery d set d.status = :failed, d.lastError = :why, d.lastAttemptAt = :at"
                        + " where d.endpoint = :endpoint and d.status = :pending")
                .setParameter("failed", WebhookDelivery.Status.FAILED)
                .setParameter("why", "endpoint removed")
                .setParameter("at", at)
                .setParameter("endpoint", endpoint)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .executeUpdate();
    }

    public Page<WebhookDelivery> deliveries(long endpointId, int offset, int limit) {
        List<WebhookDelivery> items = em.createQuery(
                        "select d from WebhookDelivery d where d.endpoint.id = :id"
                                + " order by d.createdAt desc, d.id desc",
                        WebhookDelivery.class)
                .setParameter("id", endpointId)
                .setFirstResult(offset)
                .setMaxResults(Page.limit(limit))
                .getResultList();
        long total = em.createQuery("select count(d) from WebhookDelivery d where d.endpoint.id = :id", Long.class)
                .setParameter("id", endpointId)
                .getSingleResult();
        return new Page<>(items, total, offset, Page.limit(limit));
    }

    public boolean redeliver(long endpointId, long deliveryId, Instant at) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        // a delivery of another endpoint is not found under this one
        if (delivery == null || delivery.endpoint().id() != endpointId) {
            return false;
        }
        delivery.redeliver(at);
        return true;
    }
}
