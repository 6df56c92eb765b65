package io.parley.interfaces.rest;

import io.parley.domain.shared.Jsonp;
import io.parley.application.interview.AgendaService;
import io.parley.application.interview.InterviewService;
import io.parley.domain.model.interview.IdempotencyKey;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    private io.parley.application.scorecard.ScorecardService scorecards;

    @EJB
    private io.parley.application.decision.DecisionService decisions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        var draft = InterviewJson.draft(JsonBodies.object(body));
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > IdempotencyKey.MAX_LENGTH)) {
            throw new BadRequest("'Idempotency-Key' must have 1 to 200 characters.");
        }
        InterviewId id = idempotencyKey == null ? interviews.plan(draft) : interviews.plan(draft, idempotencyKey.strip());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id.value())).build())
                .entity(read(id)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return read(parse(id));
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id, @Context jakarta.servlet.http.HttpServletRequest request) {
        InterviewId interview = parse(id);
        String ics = interviews.calendar(interview,
                io.parley.interfaces.web.interview.CalendarServlet.prepPage(request, interview));
        return Response.ok(ics, "text/calendar;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"interview-" + interview.value() + ".ics\"")
                .build();
    }

    @POST
    @Path("{id}/cancel")
    public JsonObject cancel(@PathParam("id") String id) {
        InterviewId interview = parse(id);
        interviews.cancel(interview);
        return read(interview);
    }

    @PUT
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject saveAgenda(@PathParam("id") String id, String body) {
        InterviewId interview = parse(id);
        JsonObject json = JsonBodies.object(body);
        agendas.save(interview, JsonBodies.longValue(json, "version"), InterviewJson.items(json));
        return InterviewJson.agenda(agendas.agenda(interview));
    }

    @POST
    @Path("{id}/agenda/propose")
    public JsonObject propose(@PathParam("id") String id) {
        InterviewId interview = parse(id);
        agendas.propose(interview, agendas.agenda(interview).version());
        return InterviewJson.agenda(agendas.agenda(interview));
    }

    @POST
    @Path("{id}/agenda/approve")
    public JsonObject approve(@PathParam("id") String id) {
        InterviewId interview = parse(id);
        agendas.approve(interview);
        return InterviewJson.agenda(agendas.agenda(interview));
    }

    @POST
    @Path("{id}/agenda/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject requestChanges(@PathParam("id") String id, String body) {
        InterviewId interview = parse(id);
        agendas.requestChanges(interview, JsonBodies.text(JsonBodies.object(body), "comment"));
        return InterviewJson.agenda(agendas.agenda(interview));
    }

    @GET
    @Path("{id}/scorecards/mine")
    public JsonObject myScorecard(@PathParam("id") String id) {
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
    public JsonObject saveMyScorecard(@PathParam("id") String id, String body) {
        InterviewId interview = parse(id);
        JsonObject json = JsonBodies.object(body);
        if (!json.containsKey("version")) {
            throw new DomainException("conflict.versionMissing");
        }
        scorecards.save(interview, JsonBodies.longValue(json, "version"), ScorecardJson.content(json),
                JsonBodies.optionalText(json, "amendmentReason"));
        return ScorecardJson.mine(scorecards.mine(interview));
    }

    @POST
    @Path("{id}/scorecards/mine/submit")
    public JsonObject submitMyScorecard(@PathParam("id") String id) {
        InterviewId interview = parse(id);
        scorecards.submit(interview);
        return ScorecardJson.mine(scorecards.mine(interview));
    }

    /** The submitted scorecards, under the blind rule. */
    @GET
    @Path("{id}/scorecards")
    public jakarta.json.JsonArray submittedScorecards(@PathParam("id") String id) {
        jakarta.json.JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        scorecards.submitted(parse(id)).forEach(card -> array.add(ScorecardJson.submitted(card)));
        return array.build();
    }

    /** The lead's decision: {@code {outcome, rationale}} (and optionally the edited {@code followUpNote}). */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, String body, @Context UriInfo uri) {
        InterviewId interview = parse(id);
        JsonObject json = JsonBodies.object(body);
        String outcome = JsonBodies.optionalText(json, "outcome");
        var decision = decisions.decide(interview, DecisionJson.outcome(outcome),
                JsonBodies.optionalText(json, "rationale"), JsonBodies.optionalText(json, "followUpNote"));
        return Response.created(uri.getAbsolutePath()).entity(DecisionJson.decision(decision)).build();
    }

    @GET
    @Path("{id}/decision")
    public JsonObject decision(@PathParam("id") String id) {
        return DecisionJson.decision(decisions.decision(parse(id))
                .orElseThrow(() -> new io.parley.domain.shared.DomainException("decision.notFound")));
    }

    private JsonObject read(InterviewId id) {
        return InterviewJson.interview(interviews.find(id), agendas.agenda(id));
    }

    private static InterviewId parse(String id) {
        try {
            return new InterviewId(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }
}
