package io.parley.infrastructure.ats;

import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.privacy.Erased;
import io.parley.domain.model.privacy.NameScrubber;
import io.parley.domain.model.privacy.Pseudonym;
import io.parley.domain.shared.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
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
    public static final String CANDIDATE_ERASED = "candidate.erased";

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
        return write(new WebhookEvent(body.getString("id"), type, interview.idValue(), at, body.toString()));
    }

    /**
     * Records {@code candidate.erased}: the erasure's id and the interviews it concerned, by Parley's ids; nothing
     * that names the candidate (the ATS knows whom it asked about by the erasure's id it got as the answer).
     */
    public WebhookEvent recordCandidateErased(String erasureId, List<Long> interviewIds, Instant at) {
        JsonArrayBuilder ids = Jsonp.PROVIDER.createArrayBuilder();
        interviewIds.forEach(ids::add);
        JsonObject body = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("type", CANDIDATE_ERASED)
                .add("occurredAt", at.toString())
                .add(
                        "data",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("erasureId", erasureId)
                                .add("interviewIds", ids))
                .build();
        return write(new WebhookEvent(body.getString("id"), CANDIDATE_ERASED, null, at, body.toString()));
    }

    /**
     * Rewrites the bodies of an interview's events, sent or still pending, without the candidate: their ATS id becomes
     * the pseudonym's, the decision's rationale and follow-up note become {@link Erased#TEXT}, and their name or
     * address anywhere else is replaced. What was delivered before cannot be called back; what is sent from now on is
     * anonymized.
     */
    public int anonymize(long interviewId, Pseudonym pseudonym, NameScrubber scrubber) {
        List<WebhookEvent> events = em.createQuery(
                        "select e from WebhookEvent e where e.interviewId = :interview", WebhookEvent.class)
                .setParameter("interview", interviewId)
                .getResultList();
        for (WebhookEvent event : events) {
            event.rewrite(anonymized(event.body(), pseudonym, scrubber));
        }
        return events.size();
    }

    static String anonymized(String body, Pseudonym pseudonym, NameScrubber scrubber) {
        JsonObject event;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
            event = reader.readObject();
        }
        JsonObject data = event.getJsonObject("data");
        JsonObjectBuilder newData = Jsonp.PROVIDER.createObjectBuilder(data);
        if (data.containsKey("candidate")) {
            newData.add(
                    "candidate",
                    Jsonp.PROVIDER
                            .createObjectBuilder(data.getJsonObject("candidate"))
                            .add("externalId", pseudonym.externalId()));
        }
        for (String text : List.of("rationale", "followUpNote")) {
            if (data.containsKey(text)) {
                newData.add(text, Erased.TEXT);
            }
        }
        JsonObject rewritten =
                Jsonp.PROVIDER.createObjectBuilder(event).add("data", newData).build();
        return scrubbed(rewritten, scrubber).toString();
    }

    /** The value with the candidate's name replaced in every string in it; the names of fields stay as they are. */
    private static JsonValue scrubbed(JsonValue value, NameScrubber scrubber) {
        switch (value.getValueType()) {
            case STRING:
                return Jsonp.PROVIDER.createValue(scrubber.scrub(((JsonString) value).getString()));
            case OBJECT:
                JsonObjectBuilder object = Jsonp.PROVIDER.createObjectBuilder();
                value.asJsonObject().forEach((name, member) -> object.add(name, scrubbed(member, scrubber)));
                return object.build();
            case ARRAY:
                JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(scrubbed(item, scrubber)));
                return array.build();
            default:
                return value;
        }
    }

    private WebhookEvent write(WebhookEvent event) {
        em.persist(event);
        em.createQuery("select e from WebhookEndpoint e", WebhookEndpoint.class).getResultList().stream()
                .filter(WebhookEndpoint::active)
                .forEach(endpoint -> em.persist(new WebhookDelivery(event, endpoint, event.occurredAt())));
        written.fire(new WebhookEventsWritten());
        return event;
    }

    /** Fired when events were written; observed after the commit to dispatch without waiting for the timer. */
    public record WebhookEventsWritten() {}
}
