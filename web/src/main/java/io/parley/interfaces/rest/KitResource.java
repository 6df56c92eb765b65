package io.parley.interfaces.rest;

import io.parley.domain.shared.Jsonp;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewService.KitChoice;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /kits}: the published kits an interview may use, with their competencies. */
@Path("kits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KitResource {

    @EJB
    private InterviewService interviews;

    @GET
    public JsonArray published() {
        JsonArrayBuilder kits = Jsonp.PROVIDER.createArrayBuilder();
        for (KitChoice kit : interviews.publishedKits()) {
            JsonArrayBuilder competencies = Jsonp.PROVIDER.createArrayBuilder();
            kit.competencies().forEach(c -> competencies.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("key", c.key()).add("name", c.name()).add("required", c.required())));
            kits.add(Jsonp.PROVIDER.createObjectBuilder().add("id", kit.id()).add("key", kit.key()).add("name", kit.name())
                    .add("version", kit.version()).add("competencies", competencies));
        }
        return kits.build();
    }
}
