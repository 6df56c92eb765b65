package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.support.PageClient;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SCIM 2.0 provisioning over HTTP as Entra ID and Okta call it, with the demo SCIM token: people created, found,
 * changed, retired (their session and token end at once) and brought back, deleted; groups that give roles;
 * every refusal a SCIM error with a 4xx status.
 */
@ExtendWith(ArquillianExtension.class)
class ScimIT {

    private static final String SCIM_TOKEN = "demo-scim-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private HttpResponse<String> scim(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "scim/v2/" + path))
                .header("Content-Type", "application/scim+json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> scim(String method, String path, String body) {
        return scim(method, path, SCIM_TOKEN, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/scim+json",
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        return json(response);
    }

    /** A SCIM error object with this status (and scimType, when given), never a stack trace. */
    private static void assertScimError(HttpResponse<String> response, int status, String scimType) {
        JsonNode error = ok(response, status);
        assertEquals(
                "urn:ietf:params:scim:api:messages:2.0:Error",
                error.get("schemas").get(0).asText());
        assertEquals(String.valueOf(status), error.get("status").asText());
        assertFalse(error.path("detail").asText().isBlank(), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
        if (scimType != null) {
            assertEquals(scimType, error.path("scimType").asText(), response.body());
        }
    }

    private static String userJson(String userName, String displayName, String externalId) {
        return "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + userName + "\",\"externalId\":\""
                + externalId + "\",\"name\":{\"givenName\":\"Given\",\"familyName\":\"Family\"},\"displayName\":\""
                + displayName + "\",\"emails\":[{\"value\":\"" + userName
                + "@example.com\",\"type\":\"work\",\"primary\":true}],\"active\":true}";
    }

    private static String patch(String operations) {
        return "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[" + operations + "]}";
    }

    private static String filter(String expression) {
        return URLEncoder.encode(expression, StandardCharsets.UTF_8);
    }

    private String createUser(String userName) {
        JsonNode created = ok(scim("POST", "Users", userJson(userName, "Person " + userName, "ext-" + userName)), 201);
        return created.get("id").asText();
    }

    /** The id of the group of that name, created when missing, with {@code memberId} added. */
    private String joinGroup(String groupName, String memberId) {
        JsonNode found = ok(scim("GET", "Groups?filter=" + filter("displayName eq \"" + groupName + "\""), null), 200);
        if (found.get("totalResults").asInt() == 0) {
            String body = "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"" + groupName
                    + "\",\"members\":[{\"value\":\"" + memberId + "\"}]}";
            return ok(scim("POST", "Groups", body), 201).get("id").asText();
        }
        String id = found.get("Resources").get(0).get("id").asText();
        ok(
                scim(
                        "PATCH",
                        "Groups/" + id,
                        patch("{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + memberId + "\"}]}")),
                200);
        return id;
    }

    private HttpResponse<String> planWith(String username) {
        String panel = "[{\"userId\":\"max\",\"lead\":true},{\"userId\":\"" + username + "\",\"lead\":false}]";
        return new ApiClient(base)
                .send(
                        "POST",
                        "interviews",
                        "demo-ats-token",
                        ApiClient.interviewJson("Sam Scim", OffsetDateTime.parse("2031-06-01T10:00:00+02:00"), panel));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aProvisionedPersonIsFoundAndMayBeNamedOnAPanelOnceAGroupGivesThemARole() {
        String userName = unique("ada");
        HttpResponse<String> unknown = planWith(userName);
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains(userName), "the refusal names the id: " + unknown.body());

        HttpResponse<String> created = scim("POST", "Users", userJson(userName, "Ada Example", "ext-" + userName));
        JsonNode user = ok(created, 201);
        String id = user.get("id").asText();
        assertEquals(
                base + "scim/v2/Users/" + id,
                created.headers().firstValue("Location").orElse(""));
        assertEquals(userName, user.get("userName").asText());
        assertEquals("Ada Example", user.get("displayName").asText());
        assertEquals(
                userName + "@example.com",
                user.get("emails").get(0).get("value").asText());
        assertTrue(user.get("active").asBoolean());
        assertEquals("User", user.get("meta").get("resourceType").asText());

        assertEquals(
                userName,
                ok(scim("GET", "Users/" + id, null), 200).get("userName").asText());
        JsonNode byName = ok(scim("GET", "Users?filter=" + filter("userName eq \"" + userName + "\""), null), 200);
        assertEquals(
                "urn:ietf:params:scim:api:messages:2.0:ListResponse",
                byName.get("schemas").get(0).asText());
        assertEquals(1, byName.get("totalResults").asInt());
        assertEquals(id, byName.get("Resources").get(0).get("id").asText());
        JsonNode byExternalId =
                ok(scim("GET", "Users?filter=" + filter("externalId eq \"ext-" + userName + "\""), null), 200);
        assertEquals(id, byExternalId.get("Resources").get(0).get("id").asText());
        assertEquals(
                0,
                ok(scim("GET", "Users?filter=" + filter("userName eq \"nobody-" + userName + "\""), null), 200)
                        .get("totalResults")
                        .asInt());
        JsonNode page = ok(scim("GET", "Users?startIndex=1&count=1", null), 200);
        assertEquals(1, page.get("itemsPerPage").asInt());
        assertTrue(page.get("totalResults").asInt() >= 1);

        HttpResponse<String> noRole = planWith(userName);
        assertEquals(422, noRole.statusCode(), "provisioned but in no group: no role, no panel seat: " + noRole.body());

        String groupId = joinGroup("interviewer", id);
        JsonNode withGroup = ok(scim("GET", "Users/" + id, null), 200);
        assertEquals(groupId, withGroup.get("groups").get(0).get("value").asText());
        assertEquals(201, planWith(userName).statusCode(), "the group gives the interviewer role");

        ok(
                scim(
                        "PATCH",
                        "Groups/" + groupId,
                        patch("{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + id + "\\\"]\"}")),
                200);
        assertEquals(422, planWith(userName).statusCode(), "leaving the group takes the role away");
        assertEquals(0, ok(scim("GET", "Users/" + id, null), 200).get("groups").size());
    }

    @Test
    void replaceChangesNameAndEmailButNeverTheUserName() {
        String userName = unique("bea");
        String id = createUser(userName);
        JsonNode replaced = ok(scim("PUT", "Users/" + id, userJson(userName, "Bea Changed", "ext-2")), 200);
        assertEquals("Bea Changed", replaced.get("displayName").asText());
        assertEquals("ext-2", replaced.get("externalId").asText());
        assertEquals(
                "Bea Changed",
                ok(scim("GET", "Users/" + id, null), 200).get("displayName").asText());

        assertScimError(scim("PUT", "Users/" + id, userJson(userName + "x", "Bea", "ext-2")), 400, "mutability");
        JsonNode patched = ok(
                scim(
                        "PATCH",
                        "Users/" + id,
                        patch("{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Bea Patched\"},"
                                + "{\"op\":\"Replace\",\"path\":\"emails[type eq \\\"work\\\"].value\","
                                + "\"value\":\"bea@new.example\"}")),
                200);
        assertEquals("Bea Patched", patched.get("displayName").asText());
        assertEquals(
                "bea@new.example", patched.get("emails").get(0).get("value").asText());
    }

    @Test
    void deactivatingEndsTheSessionAndTheTokenAtOnceAndReactivatingBringsThemBack() {
        PageClient li = new PageClient(URI.create(base.toString()));
        assertEquals(302, li.signIn("li", "parley").statusCode(), "li signs in");
        assertEquals(200, li.follow("").statusCode());
        ApiClient api = new ApiClient(base);
        assertEquals(200, api.get("me/interviews", "demo-li-token").statusCode());

        // the directory takes over the existing local user of the same name
        String id = ok(scim("POST", "Users", userJson("li", "Li Wei", "ext-li")), 201)
                .get("id")
                .asText();
        assertScimError(scim("POST", "Users", userJson("li", "Li Wei", "ext-li")), 409, "uniqueness");
        try {
            JsonNode retired = ok(
                    scim("PATCH", "Users/" + id, patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}")),
                    200);
            assertFalse(retired.get("active").asBoolean());

            HttpResponse<String> next = li.get("");
            assertEquals(302, next.statusCode(), "the session ends at the next page request");
            assertTrue(
                    next.headers().firstValue("Location").orElse("").contains("no-access.xhtml?reason=retired"),
                    next.headers().toString());
            assertEquals(401, api.get("me/interviews", "demo-li-token").statusCode(), "the token stops at once");
            assertEquals(422, planWith("li").statusCode(), "no new panel seat");
            PageClient again = new PageClient(URI.create(base.toString()));
            HttpResponse<String> refused = again.signIn("li", "parley");
            assertTrue(
                    refused.headers().firstValue("Location").orElse("").contains("reason=retired"),
                    "no sign-in while retired: " + refused.headers());
        } finally {
            JsonNode back =
                    ok(scim("PATCH", "Users/" + id, patch("{\"op\":\"replace\",\"value\":{\"active\":true}}")), 200);
            assertTrue(back.get("active").asBoolean());
        }
        assertEquals(200, api.get("me/interviews", "demo-li-token").statusCode(), "the token works again");
        PageClient back = new PageClient(URI.create(base.toString()));
        assertEquals(302, back.signIn("li", "parley").statusCode());
        assertEquals(200, back.follow("").statusCode());
    }

    @Test
    void deleteRetiresThePersonAndTheirResourceIsGone() {
        String userName = unique("cy");
        String id = createUser(userName);
        joinGroup("interviewer", id);
        HttpResponse<String> planned = planWith(userName);
        assertEquals(201, planned.statusCode(), planned.body());
        long interview = ApiClient.idOf(planned.body());

        assertEquals(204, scim("DELETE", "Users/" + id, null).statusCode());
        assertScimError(scim("GET", "Users/" + id, null), 404, null);
        assertScimError(scim("DELETE", "Users/" + id, null), 404, null);
        assertEquals(
                0,
                ok(scim("GET", "Users?filter=" + filter("userName eq \"" + userName + "\""), null), 200)
                        .get("totalResults")
                        .asInt());
        assertEquals(422, planWith(userName).statusCode(), "retired: no new panel seat");
        HttpResponse<String> kept = new ApiClient(base).get("interviews/" + interview, "demo-ats-token");
        assertEquals(200, kept.statusCode());
        assertTrue(kept.body().contains(userName), "the account stays, so the panel keeps naming them");
    }

    @Test
    void groupsAreCreatedFoundRenamedAndDeleted() {
        String a = createUser(unique("dee"));
        String b = createUser(unique("eve"));
        String name = unique("Engineering");
        String body = "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"" + name
                + "\",\"externalId\":\"g-ext\",\"members\":[{\"value\":\"" + a + "\"}]}";
        JsonNode group = ok(scim("POST", "Groups", body), 201);
        String id = group.get("id").asText();
        assertEquals(a, group.get("members").get(0).get("value").asText());
        assertScimError(scim("POST", "Groups", body), 409, "uniqueness");

        JsonNode found = ok(
                scim(
                        "GET",
                        "Groups?excludedAttributes=members&filter=" + filter("displayName eq \"" + name + "\""),
                        null),
                200);
        assertEquals(1, found.get("totalResults").asInt());
        assertFalse(found.get("Resources").get(0).has("members"), "members left out when excluded");

        String renamed = name + "-renamed";
        JsonNode replaced = ok(
                scim(
                        "PUT",
                        "Groups/" + id,
                        "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"" + renamed
                                + "\",\"members\":[{\"value\":\"" + a + "\"},{\"value\":\"" + b + "\"}]}"),
                200);
        assertEquals(renamed, replaced.get("displayName").asText());
        assertEquals(2, replaced.get("members").size());
        assertEquals(
                renamed,
                ok(scim("GET", "Users/" + b, null), 200)
                        .get("groups")
                        .get(0)
                        .get("display")
                        .asText());

        assertEquals(204, scim("DELETE", "Groups/" + id, null).statusCode());
        assertScimError(scim("GET", "Groups/" + id, null), 404, null);
        assertEquals(0, ok(scim("GET", "Users/" + a, null), 200).get("groups").size());
    }

    @Test
    void onlyTheScimTokenReachesScimAndItReachesNothingElse() {
        assertScimError(scim("GET", "Users", null, null), 401, null);
        assertScimError(scim("GET", "Users", "not-a-token", null), 401, null);
        assertScimError(scim("GET", "Users", "demo-ats-token", null), 403, null);
        assertScimError(scim("GET", "Users", "demo-hana-token", null), 403, null);
        assertScimError(scim("POST", "Users", "demo-hana-token", userJson(unique("mallory"), "M", "m")), 403, null);

        HttpResponse<String> api = new ApiClient(base).get("me/interviews", SCIM_TOKEN);
        assertEquals(401, api.statusCode(), api.body());
        HttpResponse<String> page = httpGet("", SCIM_TOKEN);
        assertEquals(302, page.statusCode(), "pages ignore bearer tokens: to the login page");
    }

    private HttpResponse<String> httpGet(String path, String token) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badRequestsAreScimErrorsNeverServerErrors() {
        assertScimError(scim("POST", "Users", "{not json"), 400, "invalidSyntax");
        assertScimError(scim("POST", "Users", "[1,2]"), 400, "invalidSyntax");
        assertScimError(scim("POST", "Users", "{\"userName\":\"x\"}"), 400, "invalidSyntax");
        assertScimError(scim("POST", "Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"]}"), 400, "invalidValue");
        assertScimError(
                scim("POST", "Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":42}"), 400, "invalidValue");
        assertScimError(
                scim(
                        "POST",
                        "Users",
                        "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + "x".repeat(65) + "\"}"),
                400,
                "invalidValue");
        assertScimError(
                scim("POST", "Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"a\\nb\"}"),
                400,
                "invalidValue");
        assertScimError(
                scim(
                        "POST",
                        "Users",
                        "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"ok\",\"active\":\"maybe\"}"),
                400,
                "invalidValue");
        assertScimError(scim("GET", "Users?filter=" + filter("userName co \"a\""), null), 400, "invalidFilter");
        assertScimError(scim("GET", "Users?filter=" + filter("title eq \"boss\""), null), 400, "invalidFilter");
        assertScimError(
                scim("GET", "Users?filter=" + filter("userName eq \"a\" or userName eq \"b\""), null),
                400,
                "invalidFilter");
        assertScimError(scim("GET", "Groups?filter=" + filter("displayName eq broken"), null), 400, "invalidFilter");
        assertScimError(scim("GET", "Users?count=many", null), 400, "invalidValue");
        assertScimError(scim("GET", "Users/no-such-id", null), 404, null);
        assertScimError(scim("GET", "Users/" + "x".repeat(500), null), 404, null);
        assertScimError(scim("DELETE", "Users/" + "x".repeat(500), null), 404, null);
        assertScimError(scim("DELETE", "Groups/" + "x".repeat(500), null), 404, null);
        assertScimError(scim("GET", "Groups/no-such-id", null), 404, null);
        assertScimError(
                scim("PATCH", "Users/no-such-id", patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}")),
                404,
                null);
        assertScimError(scim("GET", "Nothing", null), 404, null);
        assertScimError(scim("PUT", "Users", "{}"), 405, null);

        String id = createUser(unique("fay"));
        assertScimError(scim("PATCH", "Users/" + id, "{\"Operations\":[]}"), 400, "invalidSyntax");
        assertScimError(
                scim("PATCH", "Users/" + id, patch("{\"op\":\"jump\",\"path\":\"active\",\"value\":false}")),
                400,
                "invalidSyntax");
        assertScimError(
                scim("PATCH", "Users/" + id, patch("{\"op\":\"replace\",\"path\":\"shoeSize\",\"value\":1}")),
                400,
                "invalidPath");
        assertScimError(
                scim("PATCH", "Users/" + id, patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}")),
                400,
                "invalidValue");
        assertScimError(
                scim(
                        "POST",
                        "Groups",
                        "{\"schemas\":[\"" + GROUP_SCHEMA + "\"],\"displayName\":\"" + unique("g")
                                + "\",\"members\":[{\"value\":\"no-such-user\"}]}"),
                400,
                "invalidValue");
        assertScimError(scim("POST", "Groups", "{\"schemas\":[\"" + GROUP_SCHEMA + "\"]}"), 400, "invalidValue");
        assertTrue(ok(scim("GET", "Users/" + id, null), 200).get("active").asBoolean(), "nothing changed");
    }

    @Test
    void discoveryDescribesWhatIsSupported() {
        JsonNode config = ok(scim("GET", "ServiceProviderConfig", null), 200);
        assertTrue(config.get("patch").get("supported").asBoolean());
        assertFalse(config.get("bulk").get("supported").asBoolean());
        assertEquals(
                "oauthbearertoken",
                config.get("authenticationSchemes").get(0).get("type").asText());
        JsonNode types = ok(scim("GET", "ResourceTypes", null), 200);
        assertEquals(2, types.get("totalResults").asInt());
        assertEquals(
                "/Users",
                ok(scim("GET", "ResourceTypes/User", null), 200).get("endpoint").asText());
        JsonNode schemas = ok(scim("GET", "Schemas", null), 200);
        assertEquals(2, schemas.get("Resources").size());
        assertEquals(
                "Group",
                ok(scim("GET", "Schemas/" + GROUP_SCHEMA, null), 200)
                        .get("name")
                        .asText());
        assertScimError(scim("POST", "ServiceProviderConfig", "{}"), 405, null);
    }
}
