package io.parley.interfaces.rest;

import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewService.KitChoice;
import io.parley.domain.shared.Jsonp;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /kits}: the published kits an interview may use, with their competencies. */
@Path("kits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KitResource {

    @EJB
    private InterviewService interviews;

    @GET
    @Operation(operationId = "listPublishedKits", summary = "The published kits an interview may use")
    @APIResponse(
            responseCode = "200",
            description = "The published kits with their competencies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECTS)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public JsonArray published() {
        JsonArrayBuilder kits = Jsonp.PROVIDER.createArrayBuilder();
        for (KitChoice kit : interviews.publishedKits()) {
            JsonArrayBuilder competencies = Jsonp.PROVIDER.createArrayBuilder();
            kit.competencies()
                    .forEach(c -> competencies.add(Jsonp.PROVIDER
                            .createObjectBuilder()
                            .add("key", c.key())
                            .add("name", c.name())
                            .add("required", c.required())));
            kits.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("id", kit.id())
                    .add("key", kit.key())
                    .add("name", kit.name())
                    .add("version", kit.version())
                    .add("competencies", competencies));
        }
        return kits.build();
    }
}
