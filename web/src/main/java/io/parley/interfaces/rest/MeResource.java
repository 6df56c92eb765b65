package io.parley.interfaces.rest;

import io.parley.domain.shared.Jsonp;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewSummary;
import io.parley.application.user.UserDirectory;
import io.parley.domain.model.user.Role;
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

    @GET
    public JsonObject me() {
        String caller = security.getCallerPrincipal().getName();
        JsonArrayBuilder roles = Jsonp.PROVIDER.createArrayBuilder();
        Arrays.stream(Role.values()).map(Role::groupName).filter(security::isCallerInRole).forEach(roles::add);
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("userId", caller)
                .add("name", users.displayName(caller).orElse(caller))
                .add("roles", roles)
                .build();
    }

    @GET
    @Path("interviews")
    public JsonObject myInterviews(@QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("20") int limit) {
        var page = interviews.mine(Math.max(0, offset), limit);
        JsonArrayBuilder items = Jsonp.PROVIDER.createArrayBuilder();
        for (InterviewSummary interview : page.items()) {
            JsonArrayBuilder pending = Jsonp.PROVIDER.createArrayBuilder();
            interview.pending().forEach(action -> pending.add(action.name()));
            items.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("id", interview.id())
                    .add("status", interview.status().name())
                    .add("candidate", Jsonp.PROVIDER.createObjectBuilder().add("name", interview.candidateName()))
                    .add("job", Jsonp.PROVIDER.createObjectBuilder().add("title", interview.jobTitle()))
                    .add("startsAt", interview.startsAt().toOffsetDateTime().toString())
                    .add("durationMinutes", interview.durationMinutes())
                    .add("lead", interview.lead())
                    .add("pending", pending));
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("items", items).add("total", page.total())
                .add("offset", page.offset()).add("limit", page.limit()).build();
    }
}
