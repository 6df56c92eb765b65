package io.parley.interfaces.rest;

import io.parley.domain.shared.Jsonp;
import io.parley.application.webhook.WebhookService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/** Webhook endpoints and their delivery log (an hr-admin's personal token). */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @EJB
    private WebhookService webhooks;

    @GET
    public jakarta.json.JsonArray list() {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        webhooks.endpoints().forEach(endpoint -> array.add(endpoint(endpoint)));
        return array.build();
    }

    /** Registers {@code {url, secret}} (secret of 16 to 200 characters; it is never shown again). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body, @Context UriInfo uri) {
        JsonObject json = JsonBodies.object(body);
        WebhookService.Endpoint endpoint = webhooks.register(JsonBodies.text(json, "url"),
                JsonBodies.text(json, "secret"));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(endpoint.id())).build())
                .entity(endpoint(endpoint)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        webhooks.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public JsonObject deliveries(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        var page = webhooks.deliveries(id, Math.max(0, offset), limit);
        JsonArrayBuilder items = Jsonp.PROVIDER.createArrayBuilder();
        for (WebhookService.Delivery d : page.items()) {
            JsonObjectBuilder item = Jsonp.PROVIDER.createObjectBuilder().add("id", d.id()).add("eventId", d.eventId())
                    .add("type", d.type()).add("interviewId", d.interviewId())
                    .add("occurredAt", d.occurredAt().toString()).add("status", d.status())
                    .add("attempts", d.attempts());
            nullable(item, "lastResponseCode", d.lastStatusCode());
            nullable(item, "lastError", d.lastError());
            instant(item, "lastAttemptAt", d.lastAttemptAt());
            instant(item, "nextAttemptAt", "PENDING".equals(d.status()) ? d.nextAttemptAt() : null);
            instant(item, "deliveredAt", d.deliveredAt());
            items.add(item);
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("items", items).add("total", page.total())
                .add("offset", page.offset()).add("limit", page.limit()).build();
    }

    @POST
    @Path("{id}/deliveries/{delivery}/redeliver")
    public Response redeliver(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        webhooks.redeliver(delivery);
        return Response.accepted().build();
    }

    private static JsonObject endpoint(WebhookService.Endpoint endpoint) {
        return Jsonp.PROVIDER.createObjectBuilder().add("id", endpoint.id()).add("url", endpoint.url())
                .add("active", endpoint.active()).add("createdBy", endpoint.createdBy())
                .add("createdAt", endpoint.createdAt().toString()).build();
    }

    private static void nullable(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Integer number) {
            json.add(name, number);
        } else {
            json.add(name, value.toString());
        }
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        nullable(json, name, value == null ? null : value.toString());
    }
}
