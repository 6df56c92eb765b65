package io.parley.interfaces.web.admin;

import io.parley.application.webhook.WebhookService;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import io.parley.interfaces.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The webhooks page ({@code /admin/webhooks.xhtml}, hr-admin): register an endpoint (URL and secret; the secret is
 * not shown again), remove one, and read an endpoint's delivery log with a "redeliver" action.
 */
@Named("webhooks")
@ViewScoped
public class WebhooksBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 20;

    @EJB
    private WebhookService webhooks;

    @Inject
    private Messages messages;

    private List<WebhookService.Endpoint> endpoints = List.of();
    private String url = "";
    private String secret = "";
    private Long selected;
    private int offset;
    private Page<WebhookService.Delivery> deliveries;

    @PostConstruct
    void load() {
        endpoints = webhooks.endpoints();
    }

    public void register() {
        try {
            WebhookService.Endpoint endpoint = webhooks.register(url, secret);
            url = "";
            secret = "";
            endpoints = webhooks.endpoints();
            messages.info(null, "webhooks.registered", endpoint.url());
        } catch (DomainException e) {
            messages.error(
                    e.code().startsWith("webhook.secret") ? "webhooks-form:secret" : "webhooks-form:url",
                    e.code(),
                    e.arguments());
        }
    }

    public void remove(long id) {
        webhooks.remove(id);
        endpoints = webhooks.endpoints();
        if (selected != null && selected == id) {
            show(id);
        }
        messages.info(null, "webhooks.removed");
    }

    public void show(long id) {
        selected = id;
        offset = 0;
        deliveries = webhooks.deliveries(id, offset, PAGE);
    }

    public void more() {
        offset += PAGE;
        deliveries = webhooks.deliveries(selected, offset, PAGE);
    }

    public void first() {
        offset = 0;
        deliveries = webhooks.deliveries(selected, offset, PAGE);
    }

    public void redeliver(long deliveryId) {
        webhooks.redeliver(selected, deliveryId);
        deliveries = webhooks.deliveries(selected, offset, PAGE);
        messages.info(null, "webhooks.redelivering");
    }

    public boolean isHasMore() {
        return deliveries != null && offset + PAGE < deliveries.total();
    }

    public List<WebhookService.Endpoint> getEndpoints() {
        return endpoints;
    }

    public Page<WebhookService.Delivery> getDeliveries() {
        return deliveries;
    }

    public Long getSelected() {
        return selected;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
