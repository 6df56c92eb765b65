package io.parley.interfaces.rest;

import io.parley.application.analytics.AdverseImpactRequest;
import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.AnalyticsFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Decision-quality analytics (docs/analytics.md): reliability, interviewer figures and process adherence for
 * hr-admins' personal tokens; adverse impact for hr-admins and the ATS. Filters: {@code kit} (a kit key),
 * {@code version}, {@code from} and {@code to} (dates, inclusive, UTC), {@code competency}, {@code interviewer}.
 */
@Path("analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    @EJB
    private Analytics analytics;

    @GET
    @Path("reliability")
    @Operation(operationId = "getReliability", summary = "Krippendorff's alpha and panel ICC of a kit")
    @APIResponse(
            responseCode = "200",
            description = "{kit, units, enoughData, alpha: {value, low, high}, verdict, icc, competencies}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token reads analytics.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject reliability(
            @QueryParam("kit") String kit,
            @QueryParam("version") String version,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("competency") String competency) {
        if (kit == null || kit.isBlank()) {
            throw new BadRequest("The query parameter 'kit' (a kit key) is required.");
        }
        return AnalyticsJson.reliability(analytics.reliability(filter(kit, version, from, to, competency, null)));
    }

    @GET
    @Path("interviewers")
    @Operation(operationId = "getInterviewerCalibration", summary = "Every interviewer's leniency and rating habits")
    @APIResponse(
            responseCode = "200",
            description = "{scalePoints, interviewers: [{userId, scorecards, sharedRatings, leniency, flagged, ...}]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token reads analytics.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject interviewers(
            @QueryParam("kit") String kit,
            @QueryParam("version") String version,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("competency") String competency,
            @QueryParam("interviewer") String interviewer) {
        return AnalyticsJson.interviewers(
                analytics.interviewers(filter(kit, version, from, to, competency, interviewer)));
    }

    @GET
    @Path("adherence")
    @Operation(operationId = "getProcessAdherence", summary = "How closely panels followed the structured process")
    @APIResponse(
            responseCode = "200",
            description = "{interviews, agendaAgreedBeforeStart, candidateMinutesHeld, scorecardsBeforeDebrief, ...}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token reads analytics.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject adherence(
            @QueryParam("kit") String kit,
            @QueryParam("version") String version,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return AnalyticsJson.adherence(analytics.adherence(filter(kit, version, from, to, null, null)));
    }

    @POST
    @Path("adverse-impact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getAdverseImpact",
            summary = "Selection rates per group the ATS labels: {kitKey?, from, to, groups: [{candidateExternalId, "
                    + "group}]}; nothing of the request is stored or logged")
    @APIResponse(
            responseCode = "200",
            description = "{groups: [{group, n, selected, rate, impactRatio, fisherP, z, ...}], unmatched}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only an hr-admin's personal token or the ATS's token asks for adverse impact.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "One candidate is named in two groups.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject adverseImpact(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body) {
        JsonObject json = JsonBodies.object(body);
        JsonBodies.onlyFields(json, Set.of("kitKey", "from", "to", "groups"));
        List<AdverseImpactRequest.Label> labels = new ArrayList<>();
        for (JsonObject label : JsonBodies.objects(json, "groups")) {
            JsonBodies.onlyFields(label, Set.of("candidateExternalId", "group"));
            labels.add(new AdverseImpactRequest.Label(
                    JsonBodies.text(label, "candidateExternalId"), JsonBodies.text(label, "group")));
        }
        AdverseImpactRequest request;
        try {
            request = new AdverseImpactRequest(
                    JsonBodies.optionalText(json, "kitKey"),
                    date("from", JsonBodies.text(json, "from")),
                    date("to", JsonBodies.text(json, "to")),
                    labels);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        return AnalyticsJson.adverseImpact(analytics.adverseImpact(request));
    }

    static AnalyticsFilter filter(
            String kit, String version, String from, String to, String competency, String interviewer) {
        try {
            return new AnalyticsFilter(
                    blankToNull(kit),
                    version(version),
                    date("from", from),
                    date("to", to),
                    blankToNull(competency),
                    blankToNull(interviewer));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static Integer version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("The query parameter 'version' must be a whole number, not '" + shorten(value) + "'.");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + name + "' must be a date like 2026-01-31, not '" + shorten(value) + "'.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
