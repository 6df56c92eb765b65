package io.parley.interfaces.rest;

import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewService.KitChoice;
import io.parley.application.kit.KitService;
import io.parley.application.kit.KitSnapshot;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /kits}: the published kits an interview may use, with their competencies (any token). And kits as
 * code, for hr-admins (the kit service refuses everyone else, 403): a kit version's summary, its exchange JSON, an
 * import of that JSON as a new kit's draft under the key it names, and publishing.
 */
@Path("kits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KitResource {

    @EJB
    private InterviewService interviews;

    @EJB
    private KitService kits;

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

    @GET
    @Path("{id}")
    @Operation(operationId = "getKit", summary = "A kit version's summary, whatever its status (hr-admin)")
    @APIResponse(
            responseCode = "200",
            description = "The kit version: id, key, name, version, status, lockVersion, scale, competencies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token reaches kits as code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject get(
            @PathParam("id")
                    @Parameter(
                            required = true,
                            description = "The kit version's id",
                            schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        return KitSnapshotJson.summary(find(parse(id)));
    }

    @GET
    @Path("{id}/export")
    @Operation(operationId = "exportKit", summary = "The kit version as the kit builder's exchange JSON (parley-kit/1)")
    @APIResponse(
            responseCode = "200",
            description = "The exchange JSON, as the kit builder's Export JSON gives it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token reaches kits as code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response export(
            @PathParam("id")
                    @Parameter(
                            required = true,
                            description = "The kit version's id",
                            schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        return Response.ok(kits.exportJson(parse(id)), MediaType.APPLICATION_JSON)
                .build();
    }

    /**
     * Imports the exchange JSON as version 1 of a new kit, a draft, under the key the JSON names. A key any version
     * of another kit has is refused (409): an import never becomes a new version of an existing kit.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importKit", summary = "Imports exchange JSON as a new kit's draft under the key it names")
    @APIResponse(
            responseCode = "201",
            description = "The new draft's summary; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not one JSON object, not of the format parley-kit/1, or members are "
                    + "missing, of the wrong type or have an unknown value: fields names each by its path.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token reaches kits as code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(
            responseCode = "409",
            description = "The key is already used by a kit (kit.key.taken); the detail names it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "Values a kit draft may not have (the kit builder's rules on saving): violations lists "
                    + "every one, fields names each by its path.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response importKit(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body,
            @Context UriInfo uri) {
        JsonBodies.object(body); // one JSON object at most 32 levels deep, nothing after it: else 400
        KitId id = kits.importJsonKeepingKey(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(id.value()))
                        .build())
                .entity(KitSnapshotJson.summary(find(id)))
                .build();
    }

    /**
     * Publishes a draft under the kit builder's rules. The body may carry {@code lockVersion}, the kit's version as
     * last read (a stale one is 409 and nothing changes); without it the version read now is published.
     */
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishKit", summary = "Publishes a draft (optionally with the lockVersion last read)")
    @APIResponse(
            responseCode = "200",
            description = "The published kit version's summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token reaches kits as code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "The version is published or archived already (kit.readOnly), or lockVersion is stale "
                    + "(conflict.stale).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "The kit breaks publishing rules (kit.publish.refused): violations lists each as code and "
                    + "text, fields says where each lies.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject publish(
            @PathParam("id")
                    @Parameter(
                            required = true,
                            description = "The kit version's id",
                            schema = @Schema(ref = ApiDocs.ID))
                    String id,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body) {
        KitId kit = parse(id);
        long lockVersion;
        if (body == null || body.isBlank()) {
            lockVersion = find(kit).lockVersion();
        } else {
            JsonObject json = JsonBodies.object(body);
            JsonBodies.onlyFields(json, Set.of("lockVersion"));
            lockVersion = json.containsKey("lockVersion")
                    ? JsonBodies.longValue(json, "lockVersion")
                    : find(kit).lockVersion();
        }
        kits.publish(kit, lockVersion);
        return KitSnapshotJson.summary(find(kit));
    }

    private KitSnapshot find(KitId id) {
        return kits.find(id).orElseThrow(() -> new DomainException("kit.notFound", id));
    }

    private static KitId parse(String id) {
        try {
            return new KitId(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
