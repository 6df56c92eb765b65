package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.Deployments;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API v1 over HTTP with the demo tokens: bearer authentication, who-am-I, and problem details. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).GET();
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

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        assertTrue(response.body().contains("\"detail\""), response.body());
        assertFalse(response.body().contains("Exception"), "no stack trace: " + response.body());
    }

    @Test
    void withoutATokenTheApiAnswers401WithProblemDetails() {
        HttpResponse<String> response = get("me", null);
        assertProblem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertFalse(response.headers().firstValue("Location").isPresent(), "no redirect to the login page");
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent());
        assertFalse(response.headers().firstValue("Set-Cookie").isPresent(), "no session for API calls");
    }

    @Test
    void anUnknownOrMalformedTokenIs401() {
        assertProblem(get("me", "not-a-token"), 401);
        assertProblem(get("me", "x".repeat(300)), 401);
    }

    @Test
    void aPersonalTokenActsAsItsUser() {
        HttpResponse<String> me = get("me", "demo-ines-token");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"userId\":\"ines\""), me.body());
        assertTrue(me.body().contains("\"roles\":[\"interviewer\"]"), me.body());
        assertTrue(me.body().contains("Ines Moreau"), me.body());
        // whatever cookie came back, it does not stand in for the token
        String cookie = me.headers().firstValue("Set-Cookie").orElse("JSESSIONID=none").replaceAll(";.*", "");
        try {
            HttpResponse<String> withCookieOnly = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(withCookieOnly, 401);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAtsTokenActsForTheAts() {
        HttpResponse<String> me = get("me", "demo-ats-token");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"roles\":[\"ats\"]"), me.body());
    }

    @Test
    void myInterviewsSayWhatIsPending() {
        HttpResponse<String> mine = get("me/interviews", "demo-max-token");
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("Sam Rivera"), mine.body());
        assertTrue(mine.body().contains("\"pending\":[\"PROPOSE_AGENDA\"]"), mine.body());
        HttpResponse<String> li = get("me/interviews", "demo-li-token");
        assertFalse(li.body().contains("Sam Rivera"), "li is not on that panel: " + li.body());
    }

    @Test
    void anUnknownResourceIs404WithProblemDetails() {
        assertProblem(get("no-such-thing", "demo-ines-token"), 404);
    }
}
