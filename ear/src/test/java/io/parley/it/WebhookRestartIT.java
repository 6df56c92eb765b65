package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An event whose delivery failed is still delivered after Parley is restarted (undeployed and deployed again, so
 * nothing in memory survives): the outbox lives in the database only.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookRestartIT {

    private static final String APP = "parley";

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private Deployer deployer;

    @Test
    void aPendingEventIsDeliveredAfterARestart() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URL base = new URL("http://localhost:8080/parley/");
        ApiClient api = new ApiClient(base);
        deployer.deploy(APP);
        long endpoint = -1;
        HttpServer receiver = null;
        try {
            HttpResponse<String> created = api.send(
                    "POST",
                    "webhooks",
                    "demo-hana-token",
                    "{\"url\":\"http://127.0.0.1:" + port + "/hook\",\"secret\":\"restart-test-secret-123\"}");
            assertEquals(201, created.statusCode(), created.body());
            endpoint = ApiClient.idOf(created.body());
            long id = api.agreedInterview(
                    "Restart Example", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), "ines");
            String marker = "\"interviewId\":" + id + ",";
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String log = "";
            while (System.nanoTime() < until && !log.contains("\"attempts\":1")) {
                Thread.sleep(500);
                log = api.get("webhooks/" + endpoint + "/deliveries", "demo-hana-token")
                        .body();
            }
            assertTrue(log.contains("\"status\":\"PENDING\",\"attempts\":1"), "first attempt failed: " + log);

            deployer.undeploy(APP);
            List<String> received = new CopyOnWriteArrayList<>();
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            receiver.createContext("/hook", exchange -> {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            receiver.start();
            deployer.deploy(APP);

            until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until && received.stream().noneMatch(b -> b.contains(marker))) {
                Thread.sleep(500);
            }
            assertTrue(
                    received.stream().anyMatch(b -> b.contains(marker) && b.contains("interview.agenda_agreed")),
                    "the pending event arrived after the restart: " + received);
        } finally {
            if (endpoint > 0) {
                api.send("DELETE", "webhooks/" + endpoint, "demo-hana-token", null);
            }
            if (receiver != null) {
                receiver.stop(0);
            }
            deployer.undeploy(APP);
        }
    }
}
