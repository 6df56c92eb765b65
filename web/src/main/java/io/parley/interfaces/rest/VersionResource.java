package io.parley.interfaces.rest;

import io.parley.domain.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /version}: which API this server speaks, for an ATS checking its integration (any valid token). It
 * touches nothing else, so the load benchmark also uses it as the ceiling of a JAX-RS call on this server.
 */
@Path("version")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    private static final JsonObject VERSION = Jsonp.PROVIDER.createObjectBuilder()
            .add("name", "Parley")
            .add("api", "v1")
            .build();

    @GET
    public JsonObject version() {
        return VERSION;
    }
}
