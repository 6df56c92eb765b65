package io.parley.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.it.cluster.LocalCluster.Instance;
import io.parley.it.support.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 20, "what each instance keeps in memory stays right when another instance changes it", for the signed-in
 * person: a session served by one instance shows the name and roles that SCIM, talking to the <em>other</em> instance,
 * gives them, from the very next request; and when SCIM takes every role, that session ends there too. Nothing about a
 * person is kept in memory or in the session between requests (the session holds the user name only).
 */
class ClusterSessionsIT {

    private static final String BASE = System.getProperty("parley.cluster.url", "http://localhost:8080/parley/");
    private static final Path OPS = Path.of(System.getProperty("parley.cluster.ops", "../ops/cluster"));
    private static final String PASSWORD = "Quiet-Harbour-Lantern-42";
    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nameAndRolesChangedOnOneInstanceCountAtOnceOnTheOther() throws Exception {
        Map<String, Instance> instances = new LocalCluster(OPS).requireRunning();
        String tag = "cs" + UUID.randomUUID().toString().substring(0, 6);
        String username = tag + "-nova";
        URL base = URI.create(BASE).toURL();

        try (Browser nova = new Browser(base)) {
            // hana creates nova (an interviewer with a password) on one instance, straight, not through haproxy
            Instance first = instances.values().iterator().next();
            try (Browser hana = new Browser(direct(first))) {
                hana.signIn("hana", "parley");
                hana.open("admin/people.xhtml");
                hana.type(By.id("create:new-username"), username)
                        .type(By.id("create:new-name"), "Nova " + tag)
                        .type(By.id("create:new-email"), username + "@example.com")
                        .type(By.id("create:new-password"), PASSWORD);
                hana.click(By.xpath("//label[normalize-space()='Interviewer']"));
                hana.click(By.id("create:create-button"));
                hana.waitForText(By.id("messages"), "can now sign in");
            }

            nova.signIn(username, PASSWORD);
            assertEquals("Nova " + tag, nova.find(By.id("user-name")).getText());
            assertEquals("Interviewer", nova.find(By.cssSelector(".user-roles")).getText());
            String served = Sticky.node(nova);
            Instance other = instances.values().stream()
                    .filter(i -> !i.name().equals(served))
                    .findFirst()
                    .orElseThrow();
            URL otherBase = direct(other);
            assertEquals(
                    403, Sticky.get(nova, base, "kits/kit-list.xhtml").statusCode(), "an interviewer: no kit list");

            // SCIM, on the other instance: takes nova over with a new name and makes her an hr-admin (group hr-admin)
            String id = ok(
                            scim(
                                    otherBase,
                                    "POST",
                                    "Users",
                                    "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + username
                                            + "\",\"displayName\":\"Nova Renamed " + tag
                                            + "\",\"emails\":[{\"value\":\""
                                            + username + "@example.com\",\"type\":\"work\",\"primary\":true}],"
                                            + "\"active\":true}"),
                            201)
                    .get("id")
                    .asText();
            String group = joinGroup(otherBase, "hr-admin", id);

            nova.driver().navigate().refresh();
            assertEquals(served, Sticky.node(nova), "the session stays on its instance");
            assertEquals("Nova Renamed " + tag, nova.find(By.id("user-name")).getText(), "the name of this moment");
            assertEquals("HR admin", nova.find(By.cssSelector(".user-roles")).getText(), "the roles of this moment");
            HttpResponse<String> kits = Sticky.get(nova, base, "kits/kit-list.xhtml");
            assertEquals(200, kits.statusCode(), "an hr-admin now: the kit list opens on " + served);

            // SCIM on the other instance takes her out of the group: no role left, her session ends at once
            ok(
                    scim(
                            otherBase,
                            "PATCH",
                            "Groups/" + group,
                            "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[{\"op\":\"Remove\","
                                    + "\"path\":\"members[value eq \\\"" + id + "\\\"]\"}]}"),
                    200);
            nova.driver().navigate().refresh();
            assertTrue(nova.pageText().contains("No access to Parley"), nova.pageText());
            nova.open("index.xhtml");
            assertTrue(nova.url().contains("login.xhtml"), "the session has ended: " + nova.url());
        }
    }

    private static URL direct(Instance instance) throws IOException {
        return URI.create("http://127.0.0.1:" + instance.httpPort() + "/parley/")
                .toURL();
    }

    /** The id of the SCIM group of that name, created when missing, with {@code memberId} added. */
    private static String joinGroup(URL base, String groupName, String memberId) {
        String filter = URLEncoder.encode("displayName eq \"" + groupName + "\"", StandardCharsets.UTF_8);
        JsonNode found = ok(scim(base, "GET", "Groups?filter=" + filter, null), 200);
        if (found.get("totalResults").asInt() == 0) {
            return ok(
                            scim(
                                    base,
                                    "POST",
                                    "Groups",
                                    "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"" + groupName
                                            + "\",\"members\":[{\"value\":\"" + memberId + "\"}]}"),
                            201)
                    .get("id")
                    .asText();
        }
        String id = found.get("Resources").get(0).get("id").asText();
        ok(
                scim(
                        base,
                        "PATCH",
                        "Groups/" + id,
                        "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[{\"op\":\"Add\",\"path\":\"members\","
                                + "\"value\":[{\"value\":\"" + memberId + "\"}]}]}"),
                200);
        return id;
    }

    private static HttpResponse<String> scim(URL base, String method, String path, String body) {
        return Sticky.send(HttpRequest.newBuilder(URI.create(base + "scim/v2/" + path))
                .header("Content-Type", "application/scim+json")
                .header("Authorization", "Bearer demo-scim-token")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
