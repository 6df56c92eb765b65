package io.parley.it;

import static io.parley.it.support.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Webhooks to a real local HTTP receiver: signed bodies, at-least-once delivery with retries, the admin API. */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    private static final String SECRET = "a-test-secret-of-some-length";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** What a receiver got: headers of interest and the raw body. */
    record Received(String eventId, String signature, String body) {
    }

    /** A local receiver that answers {@code failFirst} times 500, then 200. */
    private static HttpServer receiver(List<Received> received, int failFirst) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = calls.incrementAndGet() <= failFirst ? 500 : 200;
            if (status == 200) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("X-Parley-Event-Id"),
                        exchange.getRequestHeaders().getFirst("X-Parley-Signature"), body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private long register(ApiClient api, HttpServer server) {
        HttpResponse<String> created = api.send("POST", "webhooks", "demo-hana-token", "{\"url\":\"http://127.0.0.1:"
                + server.getAddress().getPort() + "/hook\",\"secret\":\"" + SECRET + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(!created.body().contains(SECRET), "the secret is never shown again");
        return ApiClient.idOf(created.body());
    }

    private static void await(List<Received> received, String interviewMarker, String type, long seconds)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (received.stream().anyMatch(r -> r.body().contains(interviewMarker) && r.body().contains(type))) {
                return;
            }
            Thread.sleep(250);
        }
    }

    @Test
    void eventsArriveSignedAndAFailingReceiverIsRetriedUntilItTakesThem() throws Exception {
        ApiClient api = new ApiClient(base);
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer server = receiver(received, 1);
        long endpoint = register(api, server);
        try {
            long id = api.agreedInterview("Webhook Example", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), "ines");
            String marker = "\"interviewId\":" + id + ",";
            // the first attempt gets a 500; the retry (30 s later, dispatcher every 10 s) is taken
            await(received, marker, "interview.agenda_agreed", 60);
            Received agreed = received.stream().filter(r -> r.body().contains(marker)).findFirst().orElseThrow(
                    () -> new AssertionError("the agenda_agreed event never arrived: " + received));
            assertEquals(hmac(agreed.body()), agreed.signature(), "X-Parley-Signature is the HMAC of the raw body");
            assertTrue(agreed.body().startsWith("{\"id\":\"" + agreed.eventId() + "\",\"type\":\"interview.agenda_agreed\","
                    + "\"occurredAt\":"), agreed.body());
            assertTrue(agreed.body().contains("\"data\":{"), agreed.body());

            HttpResponse<String> log = api.get("webhooks/" + endpoint + "/deliveries", "demo-hana-token");
            assertEquals(200, log.statusCode(), log.body());
            assertTrue(log.body().contains("\"status\":\"DELIVERED\",\"attempts\":2,\"lastResponseCode\":200"),
                    "one failed attempt, then delivered: " + log.body());

            api.send("POST", "interviews/" + id + "/cancel", "demo-ats-token", null);
            await(received, marker, "interview.cancelled", 20);
            assertTrue(received.stream().anyMatch(r -> r.body().contains(marker)
                    && r.body().contains("interview.cancelled")), received.toString());
        } finally {
            api.send("DELETE", "webhooks/" + endpoint, "demo-hana-token", null);
            server.stop(0);
        }
    }

    @Test
    void onlyHrAdminsManageWebhooksAndBadEndpointsAreRefused() {
        ApiClient api = new ApiClient(base);
        assertProblem(api.get("webhooks", "demo-ats-token"), 403);
        assertProblem(api.get("webhooks", "demo-max-token"), 403);
        assertProblem(api.send("POST", "webhooks", "demo-hana-token",
                "{\"url\":\"ftp://example.com/x\",\"secret\":\"" + SECRET + "\"}"), 422);
        assertProblem(api.send("POST", "webhooks", "demo-hana-token",
                "{\"url\":\"https://ats.example.com/hook\",\"secret\":\"short\"}"), 422);
        assertProblem(api.send("POST", "webhooks", "demo-hana-token", "{\"url\":42}"), 400);
        assertProblem(api.get("webhooks/999999/deliveries", "demo-hana-token"), 404);
        HttpResponse<String> list = api.get("webhooks", "demo-hana-token");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(!list.body().contains("secret"), list.body());
    }

    @Test
    void theWebhooksPageIsForHrAdminsAndListsTheEndpoints() {
        ApiClient api = new ApiClient(base);
        HttpResponse<String> created = api.send("POST", "webhooks", "demo-hana-token",
                "{\"url\":\"https://ats.example.com/parley-events\",\"secret\":\"" + SECRET + "\"}");
        long endpoint = ApiClient.idOf(created.body());
        try {
            io.parley.it.support.PageClient hana = new io.parley.it.support.PageClient(java.net.URI.create(base.toString()));
            assertEquals(302, hana.signIn("hana", "parley").statusCode());
            HttpResponse<String> page = hana.follow("admin/webhooks.xhtml");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("https://ats.example.com/parley-events"), page.body());
            assertTrue(!page.body().contains(SECRET), "the secret is never shown");
            io.parley.it.support.PageClient max = new io.parley.it.support.PageClient(java.net.URI.create(base.toString()));
            assertEquals(302, max.signIn("max", "parley").statusCode());
            assertEquals(403, max.follow("admin/webhooks.xhtml").statusCode());
        } finally {
            api.send("DELETE", "webhooks/" + endpoint, "demo-hana-token", null);
        }
    }
}
