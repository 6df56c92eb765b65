package io.parley.interfaces.rest;

import io.parley.domain.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /version}: which API this server speaks, for an ATS checking its integration (any valid token). It
 * touches nothing else, so the load benchmark also uses it as the ceiling of a JAX-RS call on this server.
 */
@Path("version")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    private static final JsonObject VERSION = Jsonp.PROVIDER
            .createObjectBuilder()
            .add("name", "Parley")
            .add("api", "v1")
            .build();

    @GET
    @Operation(operationId = "getVersion", summary = "Which API this server speaks")
    @APIResponse(
            responseCode = "200",
            description = "{\"name\":\"Parley\",\"api\":\"v1\"}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public JsonObject version() {
        return VERSION;
    }
}
