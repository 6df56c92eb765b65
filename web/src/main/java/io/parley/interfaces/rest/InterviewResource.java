package io.parley.interfaces.rest;

import io.parley.application.decision.DecisionService;
import io.parley.application.interview.AgendaService;
import io.parley.application.interview.InterviewService;
import io.parley.application.scorecard.ScorecardService;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.interview.IdempotencyKey;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import io.parley.interfaces.web.interview.CalendarServlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Interviews and their agendas: create (idempotent), read, cancel, and the panel's agenda actions. */
@Path("interviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

    @EJB
    private InterviewService interviews;

    @EJB
    private AgendaService agendas;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private DecisionService decisions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planInterview", summary = "Plans an interview (honours Idempotency-Key)")
    @APIResponse(
            responseCode = "201",
            description = "The planned interview; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "The token's role may not plan interviews (only ats, " + "recruiter, hr-admin).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "A rule refused it: an unknown or unpublished kit, a panel "
                    + "without exactly one lead, an unknown panel member, or an Idempotency-Key reused with another "
                    + "request.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response create(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        var draft = InterviewJson.draft(JsonBodies.object(body));
        if (idempotencyKey != null
                && (idempotencyKey.isBlank() || idempotencyKey.length() > IdempotencyKey.MAX_LENGTH)) {
            throw new BadRequest("'Idempotency-Key' must have 1 to 200 characters.");
        }
        InterviewId id =
                idempotencyKey == null ? interviews.plan(draft) : interviews.plan(draft, idempotencyKey.strip());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(id.value()))
                        .build())
                .entity(read(id))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInterview", summary = "The interview with its panel and agenda")
    @APIResponse(
            responseCode = "200",
            description = "The interview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject get(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        return read(parse(id));
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(operationId = "getInterviewCalendar", summary = "The interview as an RFC 5545 invite (never a rating)")
    @APIResponse(responseCode = "200", description = "The invite", content = @Content(mediaType = "text/calendar"))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response calendar(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id,
            @Context HttpServletRequest request) {
        InterviewId interview = parse(id);
        String ics = interviews.calendar(interview, CalendarServlet.prepPage(request, interview));
        return Response.ok(ics, "text/calendar;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"interview-" + interview.value() + ".ics\"")
                .build();
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelInterview", summary = "Cancels the interview")
    @APIResponse(
            responseCode = "200",
            description = "The cancelled interview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "The token's role may not cancel interviews (only ats, " + "recruiter, hr-admin).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "The interview is already decided or cancelled.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject cancel(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        InterviewId interview = parse(id);
        interviews.cancel(interview);
        return read(interview);
    }

    @PUT
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveAgenda", summary = "Replaces the agenda's blocks (with the version last read)")
    @APIResponse(
            responseCode = "200",
            description = "The saved agenda",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only the lead, a recruiter or an hr-admin edits the agenda.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description =
                    "The version is stale (someone saved since it was read), or " + "the interview is past planning.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "The agenda breaks a rule: code names the first, violations " + "lists them all.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject saveAgenda(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body) {
        InterviewId interview = parse(id);
        JsonObject json = JsonBodies.object(body);
        agendas.save(interview, JsonBodies.longValue(json, "version"), InterviewJson.items(json));
        return InterviewJson.agenda(agendas.agenda(interview));
    }

    @POST
    @Path("{id}/agenda/propose")
    @Operation(operationId = "proposeAgenda", summary = "Proposes the agenda to the panel")
    @APIResponse(
            responseCode = "200",
            description = "The proposed agenda",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only the lead, a recruiter or an hr-admin proposes the agenda.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "The agenda is already agreed, or the interview is past planning.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "The agenda breaks a rule: code names the first, violations " + "lists them all.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject propose(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        InterviewId interview = parse(id);
        agendas.propose(interview, agendas.agenda(interview).version());
        return InterviewJson.agenda(agendas.agenda(interview));
    }

    @POST
    @Path("{id}/agenda/approve")
    @Operation(operationId = "approveAgenda", summary = "Approves the proposed agenda as the token's user")
    @APIResponse(
            responseCode = "200",
            description = "The agenda (AGREED once everyone approved)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "The caller is not on the panel.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "The agenda is not proposed or already agreed, or the " + "interview is past planning.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject approve(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        InterviewId interview = parse(id);
        agendas.approve(interview);
        return InterviewJson.agenda(agendas.agenda(interview));
    }

    @POST
    @Path("{id}/agenda/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestAgendaChanges", summary = "Asks the lead for changes to the proposed agenda")
    @APIResponse(
            responseCode = "200",
            description = "The agenda",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "The caller is not on the panel.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "The agenda is not proposed or already agreed, or the " + "interview is past planning.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "The comment is missing or too long.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject requestChanges(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body) {
        InterviewId interview = parse(id);
        agendas.requestChanges(interview, JsonBodies.text(JsonBodies.object(body), "comment"));
        return InterviewJson.agenda(agendas.agenda(interview));
    }

    @GET
    @Path("{id}/scorecards/mine")
    @Operation(
            operationId = "getMyScorecard",
            summary = "The caller's own scorecard (status NONE before the first save)")
    @APIResponse(
            responseCode = "200",
            description = "The caller's scorecard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "The caller is not on the panel.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "The agenda is not agreed yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject myScorecard(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        return ScorecardJson.mine(scorecards.mine(parse(id)));
    }

    /**
     * Saves the caller's draft; after submission this is an amendment and needs {@code amendmentReason}. The body
     * carries {@code version}, the version last read ({@code 0} before the first save): a stale or missing one is
     * refused with 409 and the stored scorecard stays as it was.
     */
    @PUT
    @Path("{id}/scorecards/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMyScorecard", summary = "Saves the caller's draft, or amends a submitted scorecard")
    @APIResponse(
            responseCode = "200",
            description = "The caller's scorecard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "The caller is not on the panel.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "The agenda is not agreed yet, feedback is closed, or the "
                    + "scorecard changed since it was read.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "A value the kit refuses (a rating off its scale, an unknown "
                    + "competency or question), or an amendment without amendmentReason.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject saveMyScorecard(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body) {
        InterviewId interview = parse(id);
        JsonObject json = JsonBodies.object(body);
        if (!json.containsKey("version")) {
            throw new DomainException("conflict.versionMissing");
        }
        scorecards.save(
                interview,
                JsonBodies.longValue(json, "version"),
                ScorecardJson.content(json),
                JsonBodies.optionalText(json, "amendmentReason"));
        return ScorecardJson.mine(scorecards.mine(interview));
    }

    @POST
    @Path("{id}/scorecards/mine/submit")
    @Operation(operationId = "submitMyScorecard", summary = "Submits the caller's scorecard")
    @APIResponse(
            responseCode = "200",
            description = "The submitted scorecard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "The caller is not on the panel.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "The agenda is not agreed yet, the interview has not started, "
                    + "feedback is closed, or it is already submitted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "The scorecard is incomplete: violations lists every missing " + "item.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public JsonObject submitMyScorecard(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        InterviewId interview = parse(id);
        scorecards.submit(interview);
        return ScorecardJson.mine(scorecards.mine(interview));
    }

    /** The submitted scorecards, under the blind rule. */
    @GET
    @Path("{id}/scorecards")
    @Operation(operationId = "getSubmittedScorecards", summary = "The panel's submitted scorecards (never a draft)")
    @APIResponse(
            responseCode = "200",
            description = "The submitted scorecards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECTS)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "The blind rule: a member who has not submitted their own "
                    + "(scorecard.blind), or a recruiter (scorecard.notAllowed).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonArray submittedScorecards(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        scorecards.submitted(parse(id), Channel.API).forEach(card -> array.add(ScorecardJson.submitted(card)));
        return array.build();
    }

    /** The lead's decision: {@code {outcome, rationale}} (and optionally the edited {@code followUpNote}). */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordDecision", summary = "Records the lead's decision")
    @APIResponse(
            responseCode = "201",
            description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            description = "Only the lead records the decision.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "Not every scorecard is in yet, or the interview is already " + "decided.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "No rationale, an unknown outcome, or a decision against the "
                    + "score with a rationale under 80 characters.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response decide(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(ref = ApiDocs.OBJECT)))
                    String body,
            @Context UriInfo uri) {
        InterviewId interview = parse(id);
        JsonObject json = JsonBodies.object(body);
        String outcome = JsonBodies.optionalText(json, "outcome");
        var decision = decisions.decide(
                interview,
                DecisionJson.outcome(outcome),
                JsonBodies.optionalText(json, "rationale"),
                JsonBodies.optionalText(json, "followUpNote"));
        return Response.created(uri.getAbsolutePath())
                .entity(DecisionJson.decision(decision))
                .build();
    }

    @GET
    @Path("{id}/decision")
    @Operation(operationId = "getDecision", summary = "The decision")
    @APIResponse(
            responseCode = "200",
            description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocs.OBJECT)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject decision(
            @PathParam("id")
                    @Parameter(required = true, description = "The interview's id", schema = @Schema(ref = ApiDocs.ID))
                    String id) {
        return DecisionJson.decision(
                decisions.decision(parse(id)).orElseThrow(() -> new DomainException("decision.notFound")));
    }

    private JsonObject read(InterviewId id) {
        return InterviewJson.interview(interviews.find(id), agendas.agenda(id));
    }

    private static InterviewId parse(String id) {
        try {
            return new InterviewId(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
