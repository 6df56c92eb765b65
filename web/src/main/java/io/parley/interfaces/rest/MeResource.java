package io.parley.interfaces.rest;

import io.parley.application.analytics.Analytics;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewSummary;
import io.parley.application.user.UserDirectory;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.Jsonp;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Who am I: {@code GET /me} and {@code GET /me/interviews} with what is pending for the caller. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private SecurityContext security;

    @EJB
    private UserDirectory users;

    @EJB
    private InterviewService interviews;

    @EJB
    private Analytics analytics;

    @GET
    @Path("calibration")
    @Operation(
            operationId = "getMyCalibration",
            summary = "The caller's own rating figures beside the anonymous average of all interviewers")
    @APIResponse(
            responseCode = "200",
            description = "{scalePoints, interviewers, mine, panelAverage}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only a person's token (not the ATS's) has a calibration.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject myCalibration(
            @QueryParam("kit") String kit,
            @QueryParam("version") String version,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("competency") String competency) {
        return AnalyticsJson.calibration(
                analytics.myCalibration(AnalyticsResource.filter(kit, version, from, to, competency, null)));
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who the token acts as: userId, name, roles")
    @APIResponse(
            responseCode = "200",
            description = "The token's user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public JsonObject me() {
        String caller = security.getCallerPrincipal().getName();
        JsonArrayBuilder roles = Jsonp.PROVIDER.createArrayBuilder();
        Arrays.stream(Role.values())
                .map(Role::groupName)
                .filter(security::isCallerInRole)
                .forEach(roles::add);
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("userId", caller)
                .add("name", users.displayName(caller).orElse(caller))
                .add("roles", roles)
                .build();
    }

    @GET
    @Path("interviews")
    @Operation(
            operationId = "listMyInterviews",
            summary = "The caller's interviews, newest first, with what is " + "pending for them")
    @APIResponse(
            responseCode = "200",
            description = "A page: items, total, offset, limit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject myInterviews(
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
        var page = interviews.mine(Math.max(0, offset), limit);
        JsonArrayBuilder items = Jsonp.PROVIDER.createArrayBuilder();
        for (InterviewSummary interview : page.items()) {
            JsonArrayBuilder pending = Jsonp.PROVIDER.createArrayBuilder();
            interview.pending().forEach(action -> pending.add(action.name()));
            items.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("id", interview.id())
                    .add("status", interview.status().name())
                    .add("candidate", Jsonp.PROVIDER.createObjectBuilder().add("name", interview.candidateName()))
                    .add("job", Jsonp.PROVIDER.createObjectBuilder().add("title", interview.jobTitle()))
                    .add("startsAt", interview.startsAt().toOffsetDateTime().toString())
                    .add("durationMinutes", interview.durationMinutes())
                    .add("lead", interview.lead())
                    .add("pending", pending));
        }
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("items", items)
                .add("total", page.total())
                .add("offset", page.offset())
                .add("limit", page.limit())
                .build();
    }
}
