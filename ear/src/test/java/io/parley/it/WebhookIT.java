package io.parley.it;

import static io.parley.it.support.ApiClient.assertProblem;
import static io.parley.it.support.ApiClient.completeScorecard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.support.PageClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks to real local HTTP receivers, as an ATS gets them: each of the five events with its data, signed and
 * carrying its id in a header; at-least-once delivery with retries and redelivery; the admin API, and a removed
 * endpoint that leaves the list and gets nothing more.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    private static final String SECRET = "a-test-secret-of-some-length";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The dispatcher runs every 10 s and right after a commit; a first retry comes 30 s after a failure. */
    private static final long SECONDS = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** One request a receiver got: its headers (names in lower case), raw body and the status it answered. */
    record Received(Map<String, String> headers, String body, int answered) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        boolean is(String type, long interviewId) {
            JsonNode json = json();
            return type.equals(json.path("type").asText())
                    && json.path("data").path("interviewId").asLong() == interviewId;
        }
    }

    /** A local receiver on a free port that answers {@code failFirst} times 500, then 200, and keeps every request. */
    static final class Receiver implements AutoCloseable {

        final List<Received> received = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        Receiver(int failFirst) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicInteger calls = new AtomicInteger();
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = calls.incrementAndGet() <= failFirst ? 500 : 200;
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders()
                        .forEach(
                                (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
                received.add(new Received(headers, body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        /** Waits for a taken (200) delivery of {@code type} for the interview; fails when none came in time. */
        Received await(String type, long interviewId, long seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                Optional<Received> found = received.stream()
                        .filter(r -> r.answered() == 200 && r.is(type, interviewId))
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                if (System.nanoTime() > until) {
                    throw new AssertionError(type + " for interview " + interviewId + " did not arrive within "
                            + seconds + " s; received: " + received);
                }
                Thread.sleep(250);
            }
        }

        /**
         * Waits until {@code expected} taken deliveries of {@code type} for the interview came (or the time is up), then
         * one more second for any surplus, and returns how many came.
         */
        long awaitCount(String type, long interviewId, long expected, long seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (count(type, interviewId) < expected && System.nanoTime() < until) {
                Thread.sleep(250);
            }
            Thread.sleep(1000);
            return count(type, interviewId);
        }

        private long count(String type, long interviewId) {
            return received.stream()
                    .filter(r -> r.answered() == 200 && r.is(type, interviewId))
                    .count();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static long register(ApiClient api, Receiver receiver) {
        HttpResponse<String> created = api.send(
                "POST",
                "webhooks",
                "demo-hana-token",
                "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + SECRET + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains(SECRET), "the secret is never shown again");
        return ApiClient.idOf(created.body());
    }

    /** The ids in {@code GET /webhooks}. */
    private static List<Long> listed(ApiClient api) {
        HttpResponse<String> list = api.get("webhooks", "demo-hana-token");
        assertEquals(200, list.statusCode(), list.body());
        return Pattern.compile("\"id\":(\\d+)")
                .matcher(list.body())
                .results()
                .map(m -> Long.parseLong(m.group(1)))
                .toList();
    }

    /** An interview in planning (max leading, ines); returns its id. */
    private static long planned(ApiClient api, String candidate) {
        HttpResponse<String> created = api.send(
                "POST",
                "interviews",
                "demo-ats-token",
                ApiClient.interviewJson(
                        candidate,
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(3),
                        "[{\"userId\":\"max\",\"lead\":true},{\"userId\":\"ines\",\"lead\":false}]"));
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.idOf(created.body());
    }

    private static JsonNode read(ApiClient api, long interview) throws IOException {
        HttpResponse<String> response = api.get("interviews/" + interview, "demo-ats-token");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /**
     * What every delivery carries: the type in the body and in {@code X-Parley-Event}, the body's id in
     * {@code X-Parley-Event-Id}, {@code X-Parley-Signature} the HMAC-SHA256 of the raw body with the secret, and data
     * naming the interview, its status and the ATS's ids. Returns the event's {@code data}.
     */
    private static JsonNode envelope(Received delivery, String type, JsonNode interview, String status)
            throws Exception {
        JsonNode event = delivery.json();
        assertEquals(type, event.path("type").asText(), delivery.body());
        assertEquals(type, delivery.header("X-Parley-Event"), delivery.headers().toString());
        String id = event.path("id").asText();
        assertEquals(id, UUID.fromString(id).toString(), "the event id is a UUID: " + id);
        assertEquals(id, delivery.header("X-Parley-Event-Id"), "X-Parley-Event-Id is the body's id");
        assertEquals(
                hmac(delivery.body()),
                delivery.header("X-Parley-Signature"),
                "X-Parley-Signature is the HMAC of the raw body with the secret");
        assertTrue(
                delivery.header("Content-Type").startsWith("application/json"),
                delivery.headers().toString());
        Instant.parse(event.path("occurredAt").asText());
        JsonNode data = event.path("data");
        assertEquals(interview.path("id").asLong(), data.path("interviewId").asLong(), delivery.body());
        assertEquals(status, data.path("status").asText(), delivery.body());
        assertEquals(
                interview.path("candidate").path("externalId").asText(),
                data.path("candidate").path("externalId").asText(),
                delivery.body());
        assertEquals(
                interview.path("job").path("externalId").asText(),
                data.path("job").path("externalId").asText(),
                delivery.body());
        return data;
    }

    @Test
    void eachOfTheFiveEventsArrivesSignedWithItsData() throws Exception {
        ApiClient api = new ApiClient(base);
        try (Receiver receiver = new Receiver(0)) {
            long endpoint = register(api, receiver);
            try {
                OffsetDateTime startsAt =
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
                long id = api.agreedInterview("Webhook Five", startsAt, "ines");
                JsonNode interview = read(api, id);

                JsonNode agreed = envelope(
                        receiver.await("interview.agenda_agreed", id, SECONDS),
                        "interview.agenda_agreed",
                        interview,
                        "AGENDA_AGREED");
                assertEquals(
                        startsAt.toInstant(),
                        OffsetDateTime.parse(agreed.path("startsAt").asText()).toInstant(),
                        agreed.toString());

                assertEquals(
                        200,
                        api.saveScorecard(id, "demo-ines-token", completeScorecard(3, "ines evidence", "YES"))
                                .statusCode());
                assertEquals(
                        200,
                        api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-ines-token", null)
                                .statusCode());
                JsonNode submitted = envelope(
                        receiver.await("interview.scorecard_submitted", id, SECONDS),
                        "interview.scorecard_submitted",
                        interview,
                        "FEEDBACK");
                assertEquals(
                        "ines", submitted.path("interviewer").path("userId").asText(), submitted.toString());
                Instant.parse(submitted.path("submittedAt").asText());
                assertFalse(submitted.toString().contains("ines evidence"), "never a scorecard's content");

                assertEquals(
                        200,
                        api.saveScorecard(id, "demo-max-token", completeScorecard(3, "max evidence", "YES"))
                                .statusCode());
                assertEquals(
                        200,
                        api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-max-token", null)
                                .statusCode());
                envelope(
                        receiver.await("interview.all_scorecards_submitted", id, SECONDS),
                        "interview.all_scorecards_submitted",
                        interview,
                        "DEBRIEF");
                // Concurrent dispatchers do not keep the order of one transaction's events: max's
                // scorecard_submitted may arrive after all_scorecards_submitted.
                assertEquals(2, receiver.awaitCount("interview.scorecard_submitted", id, 2, SECONDS), "one per member");

                String note = "Dear Webhook Five, thank you for your time; we would like to make you an offer.";
                HttpResponse<String> decided = api.send(
                        "POST",
                        "interviews/" + id + "/decision",
                        "demo-max-token",
                        "{\"outcome\":\"HIRE\",\"rationale\":\"Above the bar on design and operations.\","
                                + "\"followUpNote\":\"" + note + "\"}");
                assertEquals(201, decided.statusCode(), decided.body());
                JsonNode decision = envelope(
                        receiver.await("interview.decision_recorded", id, SECONDS),
                        "interview.decision_recorded",
                        interview,
                        "DECIDED");
                assertEquals("HIRE", decision.path("outcome").asText());
                assertEquals(
                        "Above the bar on design and operations.",
                        decision.path("rationale").asText());
                assertEquals("max", decision.path("decidedBy").path("userId").asText());
                Instant.parse(decision.path("decidedAt").asText());
                assertEquals(note, decision.path("followUpNote").asText(), "the follow-up note reaches the ATS");

                long other = planned(api, "Webhook Cancelled");
                HttpResponse<String> cancelled =
                        api.send("POST", "interviews/" + other + "/cancel", "demo-ats-token", null);
                assertEquals(200, cancelled.statusCode(), cancelled.body());
                envelope(
                        receiver.await("interview.cancelled", other, SECONDS),
                        "interview.cancelled",
                        read(api, other),
                        "CANCELLED");

                // the delivery log names each of them as delivered at the first attempt (the dispatcher writes that
                // after the receiver answered, so the last one may take a moment)
                HttpResponse<String> log = deliveredLog(api, endpoint, 6);
                assertEquals(200, log.statusCode(), log.body());
                assertTrue(log.body().contains("\"total\":6,"), "six events for this endpoint: " + log.body());
                for (Received delivery : receiver.received) {
                    assertTrue(
                            log.body().contains("\"eventId\":\"" + delivery.header("X-Parley-Event-Id") + "\""),
                            log.body());
                }
                assertEquals(
                        6,
                        Pattern.compile("\"status\":\"DELIVERED\"")
                                .matcher(log.body())
                                .results()
                                .count(),
                        log.body());
            } finally {
                api.send("DELETE", "webhooks/" + endpoint, "demo-hana-token", null);
            }
        }
    }

    @Test
    void aFailingReceiverIsRetriedUntilItTakesTheEvent() throws Exception {
        ApiClient api = new ApiClient(base);
        try (Receiver receiver = new Receiver(1)) {
            long endpoint = register(api, receiver);
            try {
                long id = api.agreedInterview(
                        "Webhook Retry", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), "ines");
                // the first attempt gets a 500; the retry (30 s later, dispatcher every 10 s) is taken
                Received agreed = receiver.await("interview.agenda_agreed", id, 60);
                envelope(agreed, "interview.agenda_agreed", read(api, id), "AGENDA_AGREED");
                Received refused = receiver.received.get(0);
                assertEquals(500, refused.answered());
                assertEquals(
                        refused.header("X-Parley-Event-Id"),
                        agreed.header("X-Parley-Event-Id"),
                        "the retry is the same event");
                assertEquals(refused.body(), agreed.body(), "byte for byte");

                HttpResponse<String> log = deliveredLog(api, endpoint, 1);
                assertEquals(200, log.statusCode(), log.body());
                assertTrue(
                        log.body().contains("\"status\":\"DELIVERED\",\"attempts\":2,\"lastResponseCode\":200"),
                        "one failed attempt, then delivered: " + log.body());
            } finally {
                api.send("DELETE", "webhooks/" + endpoint, "demo-hana-token", null);
            }
        }
    }

    @Test
    void anAdminRedeliversADeliveryWithTheSameEventId() throws Exception {
        ApiClient api = new ApiClient(base);
        try (Receiver receiver = new Receiver(0)) {
            long endpoint = register(api, receiver);
            try {
                long id = planned(api, "Webhook Redelivery");
                assertEquals(
                        200,
                        api.send("POST", "interviews/" + id + "/cancel", "demo-ats-token", null)
                                .statusCode());
                Received first = receiver.await("interview.cancelled", id, SECONDS);
                String log = deliveredLog(api, endpoint, 1).body();
                Matcher delivery = Pattern.compile(
                                "\\{\"id\":(\\d+),\"eventId\":\"" + first.header("X-Parley-Event-Id"))
                        .matcher(log);
                assertTrue(delivery.find(), log);

                HttpResponse<String> again = api.send(
                        "POST",
                        "webhooks/" + endpoint + "/deliveries/" + delivery.group(1) + "/redeliver",
                        "demo-hana-token",
                        null);
                assertEquals(202, again.statusCode(), again.body());
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
                while (receiver.received.size() < 2 && System.nanoTime() < until) {
                    Thread.sleep(250);
                }
                assertEquals(2, receiver.received.size(), "sent again: " + receiver.received);
                assertEquals(
                        first.header("X-Parley-Event-Id"),
                        receiver.received.get(1).header("X-Parley-Event-Id"),
                        "at least once: the same event id again");
                assertEquals(first.body(), receiver.received.get(1).body());

                assertProblem(
                        api.send(
                                "POST",
                                "webhooks/" + endpoint + "/deliveries/999999999/redeliver",
                                "demo-hana-token",
                                null),
                        404);
                // a delivery is redelivered only under its own endpoint
                try (Receiver otherReceiver = new Receiver(0)) {
                    long other = register(api, otherReceiver);
                    try {
                        assertProblem(
                                api.send(
                                        "POST",
                                        "webhooks/" + other + "/deliveries/" + delivery.group(1) + "/redeliver",
                                        "demo-hana-token",
                                        null),
                                404);
                    } finally {
                        api.send("DELETE", "webhooks/" + other, "demo-hana-token", null);
                    }
                }
                assertProblem(
                        api.send(
                                "POST",
                                "webhooks/" + endpoint + "/deliveries/" + delivery.group(1) + "/redeliver",
                                "demo-max-token",
                                null),
                        403);
            } finally {
                api.send("DELETE", "webhooks/" + endpoint, "demo-hana-token", null);
            }
        }
    }

    @Test
    void aRemovedEndpointLeavesTheListAndGetsNothingMore() throws Exception {
        ApiClient api = new ApiClient(base);
        try (Receiver removed = new Receiver(Integer.MAX_VALUE);
                Receiver kept = new Receiver(0)) {
            long gone = register(api, removed);
            long stays = register(api, kept);
            try {
                // an event the removed endpoint refuses, so that a retry is pending when it is removed
                long first = planned(api, "Webhook Removed One");
                assertEquals(
                        200,
                        api.send("POST", "interviews/" + first + "/cancel", "demo-ats-token", null)
                                .statusCode());
                kept.await("interview.cancelled", first, SECONDS);
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
                String log = "";
                while (!log.contains("\"status\":\"PENDING\",\"attempts\":1") && System.nanoTime() < until) {
                    Thread.sleep(250);
                    log = api.get("webhooks/" + gone + "/deliveries", "demo-hana-token")
                            .body();
                }
                assertTrue(log.contains("\"status\":\"PENDING\",\"attempts\":1,\"lastResponseCode\":500"), log);
                assertEquals(1, removed.received.size(), removed.received.toString());
                Matcher retry =
                        Pattern.compile("\"nextAttemptAt\":\"([^\"]+)\"").matcher(log);
                assertTrue(retry.find(), "a retry is due: " + log);
                Instant retryDue = Instant.parse(retry.group(1));

                assertEquals(
                        List.of(stays, gone).stream().sorted().toList(),
                        listed(api).stream()
                                .filter(id -> id == gone || id == stays)
                                .sorted()
                                .toList());
                HttpResponse<String> deleted = api.send("DELETE", "webhooks/" + gone, "demo-hana-token", null);
                assertEquals(204, deleted.statusCode(), deleted.body());
                assertFalse(listed(api).contains(gone), "gone from the list");
                assertTrue(listed(api).contains(stays), "the other one stays");
                log = api.get("webhooks/" + gone + "/deliveries", "demo-hana-token")
                        .body();
                assertTrue(
                        log.contains("\"status\":\"FAILED\",\"attempts\":1,\"lastResponseCode\":500,"
                                + "\"lastError\":\"endpoint removed\""),
                        "the pending retry is dropped: " + log);

                // a new event goes to the endpoint that stays, and to the removed one not at all
                long second = planned(api, "Webhook Removed Two");
                assertEquals(
                        200,
                        api.send("POST", "interviews/" + second + "/cancel", "demo-ats-token", null)
                                .statusCode());
                kept.await("interview.cancelled", second, SECONDS);
                // past the dropped retry's due time and one more dispatcher period (10 s)
                long wait = Duration.between(Instant.now(), retryDue.plusSeconds(12))
                        .toMillis();
                Thread.sleep(Math.max(wait, TimeUnit.SECONDS.toMillis(12)));
                assertEquals(1, removed.received.size(), "nothing more after the removal: " + removed.received);
                assertTrue(
                        api.get("webhooks/" + gone + "/deliveries", "demo-hana-token")
                                .body()
                                .contains("\"total\":1,"),
                        "no delivery was even recorded for it");
            } finally {
                api.send("DELETE", "webhooks/" + gone, "demo-hana-token", null);
                api.send("DELETE", "webhooks/" + stays, "demo-hana-token", null);
            }
        }
    }

    @Test
    void onlyHrAdminsManageWebhooksAndBadEndpointsAreRefused() {
        ApiClient api = new ApiClient(base);
        assertProblem(api.get("webhooks", "demo-ats-token"), 403);
        assertProblem(api.get("webhooks", "demo-max-token"), 403);
        assertProblem(api.send("DELETE", "webhooks/999999", "demo-ats-token", null), 403);
        assertProblem(
                api.send(
                        "POST",
                        "webhooks",
                        "demo-hana-token",
                        "{\"url\":\"ftp://example.com/x\",\"secret\":\"" + SECRET + "\"}"),
                422);
        assertProblem(
                api.send(
                        "POST",
                        "webhooks",
                        "demo-hana-token",
                        "{\"url\":\"https://ats.example.com/hook\",\"secret\":\"short\"}"),
                422);
        assertProblem(api.send("POST", "webhooks", "demo-hana-token", "{\"url\":42}"), 400);
        assertProblem(api.get("webhooks/999999/deliveries", "demo-hana-token"), 404);
        assertProblem(api.send("DELETE", "webhooks/999999", "demo-hana-token", null), 404);
        HttpResponse<String> list = api.get("webhooks", "demo-hana-token");
        assertEquals(200, list.statusCode(), list.body());
        assertFalse(list.body().contains("secret"), list.body());
    }

    @Test
    void theWebhooksPageIsForHrAdminsAndListsTheEndpoints() {
        ApiClient api = new ApiClient(base);
        HttpResponse<String> created = api.send(
                "POST",
                "webhooks",
                "demo-hana-token",
                "{\"url\":\"https://ats.example.com/parley-events\",\"secret\":\"" + SECRET + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long endpoint = ApiClient.idOf(created.body());
        try {
            PageClient hana = PageClient.signedIn(base, "hana");
            HttpResponse<String> page = hana.follow("admin/webhooks.xhtml");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("https://ats.example.com/parley-events"), page.body());
            assertFalse(page.body().contains(SECRET), "the secret is never shown");
            PageClient max = PageClient.signedIn(base, "max");
            assertEquals(403, max.follow("admin/webhooks.xhtml").statusCode());
        } finally {
            api.send("DELETE", "webhooks/" + endpoint, "demo-hana-token", null);
        }
    }

    /** The endpoint's delivery log once {@code expected} deliveries show as delivered, or after 15 s as it is then. */
    private static HttpResponse<String> deliveredLog(ApiClient api, long endpoint, int expected)
            throws InterruptedException {
        HttpResponse<String> log = null;
        for (int attempt = 0; attempt < 150; attempt++) {
            log = api.get("webhooks/" + endpoint + "/deliveries?limit=100", "demo-hana-token");
            if (Pattern.compile("\"status\":\"DELIVERED\"")
                            .matcher(log.body())
                            .results()
                            .count()
                    >= expected) {
                return log;
            }
            Thread.sleep(100);
        }
        return log;
    }
}
