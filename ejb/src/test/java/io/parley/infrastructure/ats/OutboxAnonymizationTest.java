package io.parley.infrastructure.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parley.domain.model.privacy.Erased;
import io.parley.domain.model.privacy.TestPseudonyms;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OutboxAnonymizationTest {

    private static final String DECISION = "{\"id\":\"e-1\",\"type\":\"interview.decision_recorded\","
            + "\"occurredAt\":\"2031-05-07T10:00:00Z\",\"data\":{\"outcome\":\"NO_HIRE\","
            + "\"rationale\":\"Kim was vague\",\"decidedBy\":{\"userId\":\"max\"},"
            + "\"followUpNote\":\"Dear Kim Novak, thank you\",\"interviewId\":7,\"status\":\"DECIDED\","
            + "\"candidate\":{\"externalId\":\"ats-cand-77\"},\"job\":{\"externalId\":\"Novak-job\"}}}";

    private static JsonObject parse(String json) {
        return Jsonp.PROVIDER.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aDecisionEventLosesTheCandidateAndItsTextsAndKeepsWhatTheAtsNeeds() {
        String anonymized = Outbox.anonymized(DECISION, TestPseudonyms.pseudonym(), TestPseudonyms.scrubber());
        JsonObject event = parse(anonymized);
        JsonObject data = event.getJsonObject("data");
        assertEquals("e-1", event.getString("id"));
        assertEquals("interview.decision_recorded", event.getString("type"));
        assertEquals("NO_HIRE", data.getString("outcome"));
        assertEquals(7, data.getInt("interviewId"));
        assertEquals(Erased.TEXT, data.getString("rationale"));
        assertEquals(Erased.TEXT, data.getString("followUpNote"));
        assertEquals(
                TestPseudonyms.pseudonym().externalId(),
                data.getJsonObject("candidate").getString("externalId"));
        assertEquals(
                TestPseudonyms.pseudonym().name() + "-job",
                data.getJsonObject("job").getString("externalId"));
        assertFalse(anonymized.contains("Kim"), anonymized);
        assertFalse(anonymized.contains("ats-cand-77"), anonymized);
    }

    @Test
    void fieldNamesStayWhenTheCandidateIsCalledLikeOne() {
        String body = "{\"id\":\"e-2\",\"type\":\"interview.cancelled\",\"occurredAt\":\"2031-05-07T10:00:00Z\","
                + "\"data\":{\"status\":\"CANCELLED\",\"interviewId\":8,\"candidate\":{\"externalId\":\"c-9\"}}}";
        var scrubber = io.parley.domain.model.privacy.NameScrubber.of(
                "Status Candidate", "s@example.org", "c-9", TestPseudonyms.pseudonym());
        JsonObject data = parse(Outbox.anonymized(body, TestPseudonyms.pseudonym(), scrubber))
                .getJsonObject("data");
        assertEquals("CANCELLED", data.getString("status"));
        assertEquals(8, data.getInt("interviewId"));
    }
}
