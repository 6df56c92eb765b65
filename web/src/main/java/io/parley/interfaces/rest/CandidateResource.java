package io.parley.interfaces.rest;

import io.parley.application.privacy.CandidatePrivacy;
import io.parley.application.privacy.CandidateRecords;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A candidate's data under privacy law, driven by the ATS (issue 21): erasure ({@code POST .../erase}) and the records
 * export ({@code GET .../records}, JSON or PDF). An ATS token or an hr-admin's personal token only.
 */
@Path("candidates")
@RequestScoped
public class CandidateResource {

    private static final String PDF = "application/pdf";
    private static final MediaType PDF_TYPE = MediaType.valueOf(PDF);

    @EJB
    private CandidatePrivacy privacy;

    @POST
    @Path("{externalId}/erase")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "eraseCandidate",
            summary = "Anonymizes every interview of the candidate now (open ones are cancelled first); idempotent")
    @APIResponse(
            responseCode = "200",
            description = "What was erased: {externalId, erasureId, erasedInterviews, cancelledInterviews,"
                    + " erasedBefore, at}; erasureId is also in the candidate.erased webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an ATS token or an hr-admin's personal token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject erase(@PathParam("externalId") String externalId) {
        return CandidateJson.erasure(externalId, privacy.erase(externalId));
    }

    @GET
    @Path("{externalId}/records")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(
            operationId = "candidateRecords",
            summary = "Everything Parley holds about the candidate (JSON, or one PDF with Accept: application/pdf)")
    @APIResponse(
            responseCode = "200",
            description = "{candidate, interviews: [{id, status, startsAt, job, kit, panel, agenda, scorecards,"
                    + " decision}]}",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)),
                @Content(mediaType = PDF)
            })
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an ATS token or an hr-admin's personal token.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(
            responseCode = "404",
            description = "Parley never had this candidate, or everything about them was erased.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response records(@PathParam("externalId") String externalId, @Context Request request) {
        // JSON unless the client asks for the PDF by name (Accept */* and no Accept get JSON, the first variant)
        Variant chosen = request.selectVariant(
                Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, PDF_TYPE).build());
        CandidateRecords records = privacy.records(externalId);
        if (chosen != null && PDF_TYPE.equals(chosen.getMediaType())) {
            return Response.ok(CandidateRecordsPdf.render(records), PDF_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"candidate-records.pdf\"")
                    .build();
        }
        return Response.ok(CandidateJson.records(records), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
