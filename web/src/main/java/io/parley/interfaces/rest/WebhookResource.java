package io.parley.interfaces.rest;

import io.parley.application.webhook.WebhookService;
import io.parley.domain.shared.Jsonp;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Webhook endpoints and their delivery log (an hr-admin's personal token). */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @EJB
    private WebhookService webhooks;

    @GET
    @Operation(operationId = "listWebhooks", summary = "The active webhook endpoints (never their secrets)")
    @APIResponse(
            responseCode = "200",
            description = "The endpoints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECTS)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token manages webhooks.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonArray list() {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        // a removed endpoint is gone for the API (the admin page still shows it, marked removed)
        webhooks.endpoints().stream()
                .filter(WebhookService.Endpoint::active)
                .forEach(endpoint -> array.add(endpoint(endpoint)));
        return array.build();
    }

    /** Registers {@code {url, secret}} (secret of 16 to 200 characters; it is never shown again). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook", summary = "Registers an endpoint: {url, secret}")
    @APIResponse(
            responseCode = "201",
            description = "The endpoint; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token manages webhooks.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "The URL is not http(s), or the secret is shorter than 16 " + "characters.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response register(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body,
            @Context UriInfo uri) {
        JsonObject json = JsonBodies.object(body);
        WebhookService.Endpoint endpoint =
                webhooks.register(JsonBodies.text(json, "url"), JsonBodies.text(json, "secret"));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(endpoint.id()))
                        .build())
                .entity(endpoint(endpoint))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeWebhook", summary = "Removes an endpoint; its pending deliveries fail")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token manages webhooks.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response remove(
            @PathParam("id")
                    @Parameter(
                            required = true,
                            description = "The webhook endpoint's id",
                            schema = @Schema(ref = ApiDocs.ID))
                    long id) {
        webhooks.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery log, newest first")
    @APIResponse(
            responseCode = "200",
            description = "A page: items, total, offset, limit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token manages webhooks.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject deliveries(
            @PathParam("id")
                    @Parameter(
                            required = true,
                            description = "The webhook endpoint's id",
                            schema = @Schema(ref = ApiDocs.ID))
                    long id,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        var page = webhooks.deliveries(id, Math.max(0, offset), limit);
        JsonArrayBuilder items = Jsonp.PROVIDER.createArrayBuilder();
        for (WebhookService.Delivery d : page.items()) {
            JsonObjectBuilder item = Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("id", d.id())
                    .add("eventId", d.eventId())
                    .add("type", d.type());
            if (d.interviewId() == null) { // candidate.erased concerns no one interview
                item.addNull("interviewId");
            } else {
                item.add("interviewId", d.interviewId());
            }
            item.add("occurredAt", d.occurredAt().toString())
                    .add("status", d.status())
                    .add("attempts", d.attempts());
            nullable(item, "lastResponseCode", d.lastStatusCode());
            nullable(item, "lastError", d.lastError());
            instant(item, "lastAttemptAt", d.lastAttemptAt());
            instant(item, "nextAttemptAt", "PENDING".equals(d.status()) ? d.nextAttemptAt() : null);
            instant(item, "deliveredAt", d.deliveredAt());
            items.add(item);
        }
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("items", items)
                .add("total", page.total())
                .add("offset", page.offset())
                .add("limit", page.limit())
                .build();
    }

    @POST
    @Path("{id}/deliveries/{delivery}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Sends a delivery again within seconds")
    @APIResponse(responseCode = "202", description = "Queued for delivery")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token manages webhooks.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response redeliver(
            @PathParam("id")
                    @Parameter(
                            required = true,
                            description = "The webhook endpoint's id",
                            schema = @Schema(ref = ApiDocs.ID))
                    long id,
            @PathParam("delivery")
                    @Parameter(required = true, description = "The delivery's id", schema = @Schema(ref = ApiDocs.ID))
                    long delivery) {
        webhooks.redeliver(id, delivery);
        return Response.accepted().build();
    }

    private static JsonObject endpoint(WebhookService.Endpoint endpoint) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("id", endpoint.id())
                .add("url", endpoint.url())
                .add("active", endpoint.active())
                .add("createdBy", endpoint.createdBy())
                .add("createdAt", endpoint.createdAt().toString())
                .build();
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
