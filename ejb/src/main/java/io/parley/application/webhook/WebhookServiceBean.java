package io.parley.application.webhook;

import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import io.parley.infrastructure.ats.WebhookAdministration;
import io.parley.infrastructure.ats.WebhookDelivery;
import io.parley.infrastructure.ats.WebhookEndpoint;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Webhook administration; hr-admin only. */
@Stateless
@RolesAllowed(Role.HR_ADMIN_GROUP)
public class WebhookServiceBean implements WebhookService {

    @Inject
    private WebhookAdministration administration;

    @Resource
    private SessionContext session;

    @Override
    public List<Endpoint> endpoints() {
        return administration.endpoints().stream().map(WebhookServiceBean::view).toList();
    }

    @Override
    public Endpoint register(String url, String secret) {
        return view(administration.register(
                url, secret, session.getCallerPrincipal().getName(), Instant.now()));
    }

    @Override
    public void remove(long endpointId) {
        administration.remove(
                administration
                        .endpoint(endpointId)
                        .orElseThrow(() -> new DomainException("webhook.notFound", endpointId)),
                Instant.now());
    }

    @Override
    public Page<Delivery> deliveries(long endpointId, int offset, int limit) {
        administration.endpoint(endpointId).orElseThrow(() -> new DomainException("webhook.notFound", endpointId));
        Page<WebhookDelivery> page = administration.deliveries(endpointId, offset, limit);
        return new Page<>(
                page.items().stream()
                        .map(d -> new Delivery(
                                d.id(),
                                d.event().id(),
                                d.event().type(),
                                d.event().interviewId(),
                                d.event().occurredAt(),
                                d.status().name(),
                                d.attempts(),
                                d.lastStatusCode(),
                                d.lastError(),
                                d.lastAttemptAt(),
                                d.nextAttemptAt(),
                                d.deliveredAt()))
                        .toList(),
                page.total(),
                page.offset(),
                page.limit());
    }

    @Override
    public void redeliver(long endpointId, long deliveryId) {
        if (!administration.redeliver(endpointId, deliveryId, Instant.now())) {
            throw new DomainException("webhook.deliveryNotFound", deliveryId);
        }
    }

    private static Endpoint view(WebhookEndpoint endpoint) {
        return new Endpoint(
                endpoint.id(), endpoint.url(), endpoint.active(), endpoint.createdBy(), endpoint.createdAt());
    }
}
