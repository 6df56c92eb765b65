package io.parley.infrastructure.ats;

import io.parley.domain.model.interview.Interview;
import io.parley.domain.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes an event to the outbox in the caller's transaction (so it commits or rolls back with the change), with
 * one pending delivery per active endpoint. The dispatcher is nudged once the transaction has committed.
 */
@ApplicationScoped
public class Outbox {

    public static final String AGENDA_AGREED = "interview.agenda_agreed";
    public static final String SCORECARD_SUBMITTED = "interview.scorecard_submitted";
    public static final String ALL_SCORECARDS_SUBMITTED = "interview.all_scorecards_submitted";
    public static final String DECISION_RECORDED = "interview.decision_recorded";
    public static final String CANCELLED = "interview.cancelled";

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Inject
    private Event<WebhookEventsWritten> written;

    /** Records {@code type} for {@code interview}; {@code data} is added to the interview's ids and status. */
    public WebhookEvent record(String type, Interview interview, JsonObjectBuilder data, Instant at) {
        JsonObject body = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("type", type)
                .add("occurredAt", at.toString())
                .add(
                        "data",
                        data.add("interviewId", interview.idValue())
                                .add("status", interview.status().name())
                                .add(
                                        "candidate",
                                        Jsonp.PROVIDER
                                                .createObjectBuilder()
                                                .add(
                                                        "externalId",
                                                        interview.candidate().externalId()))
                                .add(
                                        "job",
                                        Jsonp.PROVIDER
                                                .createObjectBuilder()
                                                .add(
                                                        "externalId",
                                                        interview.job().externalId())))
                .build();
        WebhookEvent event = new WebhookEvent(body.getString("id"), type, interview.idValue(), at, body.toString());
        em.persist(event);
        em.createQuery("select e from WebhookEndpoint e", WebhookEndpoint.class).getResultList().stream()
                .filter(WebhookEndpoint::active)
                .forEach(endpoint -> em.persist(new WebhookDelivery(event, endpoint, at)));
        written.fire(new WebhookEventsWritten());
        return event;
    }

    /** Fired when events were written; observed after the commit to dispatch without waiting for the timer. */
    public record WebhookEventsWritten() {}
}
