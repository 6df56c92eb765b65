package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.Deployments;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document Payara serves at {@code /openapi}, read as an ATS team's client generator reads it: valid
 * OpenAPI 3 for swagger-parser (no validation message at all), and every operation documents the problem details
 * answers it can give.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PREFIX = "/api/v1";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /**
     * Every operation of the API with the 4xx answers it can give (docs/api.md); all of them are problem details.
     * An operation added without an entry here fails the test, as does an entry whose operation disappeared.
     */
    private static final Map<String, Set<Integer>> PROBLEMS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /version", Set.of(401)),
            Map.entry("GET /me", Set.of(401)),
            Map.entry("GET /me/interviews", Set.of(401, 404)),
            Map.entry("GET /me/calibration", Set.of(400, 401, 403, 404)),
            Map.entry("GET /analytics/reliability", Set.of(400, 401, 403, 404)),
            Map.entry("GET /analytics/interviewers", Set.of(400, 401, 403, 404)),
            Map.entry("GET /analytics/adherence", Set.of(400, 401, 403, 404)),
            Map.entry("POST /analytics/adverse-impact", Set.of(400, 401, 403, 404, 413, 415, 422)),
            Map.entry("GET /kits", Set.of(401)),
            Map.entry("GET /kits/{id}", Set.of(401, 403, 404)),
            Map.entry("GET /kits/{id}/export", Set.of(401, 403, 404)),
            Map.entry("POST /kits", Set.of(400, 401, 403, 409, 413, 415, 422)),
            Map.entry("POST /kits/{id}/publish", Set.of(400, 401, 403, 404, 409, 413, 415, 422)),
            Map.entry("POST /interviews", Set.of(400, 401, 403, 413, 415, 422)),
            Map.entry("GET /interviews/{id}", Set.of(401, 404)),
            Map.entry("GET /interviews/{id}/calendar.ics", Set.of(401, 404)),
            Map.entry("POST /interviews/{id}/cancel", Set.of(401, 403, 404, 409)),
            Map.entry("PUT /interviews/{id}/agenda", Set.of(400, 401, 403, 404, 409, 413, 415, 422)),
            Map.entry("POST /interviews/{id}/agenda/propose", Set.of(401, 403, 404, 409, 422)),
            Map.entry("POST /interviews/{id}/agenda/approve", Set.of(401, 403, 404, 409)),
            Map.entry("POST /interviews/{id}/agenda/request-changes", Set.of(400, 401, 403, 404, 409, 413, 415, 422)),
            Map.entry("GET /interviews/{id}/scorecards/mine", Set.of(401, 403, 404, 409)),
            Map.entry("PUT /interviews/{id}/scorecards/mine", Set.of(400, 401, 403, 404, 409, 413, 415, 422)),
            Map.entry("POST /interviews/{id}/scorecards/mine/submit", Set.of(401, 403, 404, 409, 422)),
            Map.entry("GET /interviews/{id}/scorecards", Set.of(401, 403, 404)),
            Map.entry("POST /interviews/{id}/decision", Set.of(400, 401, 403, 404, 409, 413, 415, 422)),
            Map.entry("GET /interviews/{id}/decision", Set.of(401, 404)),
            Map.entry("GET /webhooks", Set.of(401, 403)),
            Map.entry("POST /webhooks", Set.of(400, 401, 403, 413, 415, 422)),
            Map.entry("DELETE /webhooks/{id}", Set.of(401, 403, 404)),
            Map.entry("POST /candidates/{externalId}/erase", Set.of(401, 403, 404)),
            Map.entry("GET /candidates/{externalId}/records", Set.of(401, 403, 404)),
            Map.entry("GET /webhooks/{id}/deliveries", Set.of(401, 403, 404)),
            Map.entry("POST /webhooks/{id}/deliveries/{delivery}/redeliver", Set.of(401, 403, 404))));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private String openApi(String accept) {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parsed and validated as it is served, references left as they are. */
    private static OpenAPI valid(String document) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, new ParseOptions());
        assertEquals(List.of(), result.getMessages(), "swagger-parser's validation messages");
        assertNotNull(result.getOpenAPI(), document);
        assertTrue(
                result.getOpenAPI().getOpenapi().startsWith("3."),
                result.getOpenAPI().getOpenapi());
        return result.getOpenAPI();
    }

    @Test
    void theDocumentIsValidOpenApi3AsYamlAndAsJson() {
        String yaml = openApi("*/*"); // Payara's default: YAML as text/plain
        valid(yaml);
        // the member strict validators refuse, named here too so that a failure says what came back
        assertTrue(yaml.lines().noneMatch(line -> line.startsWith("endpoints:")), yaml);
        String json = openApi("application/json");
        assertTrue(json.startsWith("{"), "JSON when JSON is asked for: " + json);
        valid(json);
        assertTrue(!json.contains("\"endpoints\""), json);
    }

    @Test
    void everyOperationDocumentsItsProblemDetailsAnswers() {
        OpenAPI api = valid(openApi("*/*"));
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        assertNotNull(problem, "a Problem schema in the components");
        assertTrue(
                problem.getProperties().keySet().containsAll(Set.of("type", "title", "status", "detail")),
                "RFC 9457's members: " + problem.getProperties().keySet());
        assertTrue(
                problem.getRequired().containsAll(List.of("type", "title", "status", "detail")),
                String.valueOf(problem.getRequired()));

        Map<String, Set<Integer>> documented = new TreeMap<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    assertTrue(path.startsWith(PREFIX), path);
                    String key = method + " " + path.substring(PREFIX.length());
                    documented.put(key, problems(api, key, operation));
                    assertTrue(
                            operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2")),
                            key + " documents its success: "
                                    + operation.getResponses().keySet());
                    assertNotNull(operation.getOperationId(), key);
                }));
        assertEquals(PROBLEMS.keySet(), documented.keySet(), "the API's operations");
        PROBLEMS.forEach((key, expected) ->
                assertEquals(new TreeSet<>(expected), documented.get(key), key + ": the documented 4xx answers"));
    }

    /** The operation's 4xx codes, each checked to be {@code application/problem+json} with the Problem schema. */
    private static Set<Integer> problems(OpenAPI api, String key, Operation operation) {
        return operation.getResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("4"))
                .map(e -> {
                    ApiResponse response = resolve(api, e.getValue());
                    assertNotNull(response.getDescription(), key + " " + e.getKey() + " says when");
                    assertNotNull(response.getContent(), key + " " + e.getKey() + " has a body");
                    assertEquals(
                            Set.of("application/problem+json"),
                            response.getContent().keySet(),
                            key + " " + e.getKey());
                    MediaType body = response.getContent().get("application/problem+json");
                    assertEquals(PROBLEM_REF, body.getSchema().get$ref(), key + " " + e.getKey() + " is a Problem");
                    return Integer.valueOf(e.getKey());
                })
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        ApiResponse shared = api.getComponents().getResponses().get(name);
        assertNotNull(shared, "the shared response " + response.get$ref());
        return shared;
    }
}
