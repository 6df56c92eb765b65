package io.parley.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API v1 as a test client sees it, with the demo tokens; and the test data the scorecard tests start from: an
 * interview of the demo kit whose agenda the panel (max leading, ines, omar) has agreed.
 */
public final class ApiClient {

    /** The demo kit's required competencies. */
    public static final String[] REQUIRED = {"system-design", "code-quality", "debugging-operations"};

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final URL base;

    public ApiClient(URL base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    public HttpResponse<String> send(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
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

    /** The body of POST /interviews for the demo kit, 60 minutes. */
    public static String interviewJson(String candidateName, OffsetDateTime startsAt, String panel) {
        return "{\"candidate\":{\"externalId\":\"c-" + UUID.randomUUID() + "\",\"name\":\"" + candidateName
                + "\",\"email\":\"candidate@example.com\"},\"job\":{\"externalId\":\"job-9\",\"title\":\"Backend Engineer\"},"
                + "\"kitKey\":\"backend-engineer-onsite\",\"startsAt\":\"" + startsAt + "\","
                + "\"durationMinutes\":60,\"location\":\"Room 2\",\"panel\":" + panel + "}";
    }

    public static final String MAX_INES_OMAR =
            "[{\"userId\":\"max\",\"lead\":true},{\"userId\":\"ines\",\"lead\":false},"
                    + "{\"userId\":\"omar\",\"lead\":false}]";

    /** An interview led by max with ines and omar, agenda proposed and approved by all three; returns its id. */
    public long agreedInterview(String candidateName, OffsetDateTime startsAt) {
        return agreedInterview(candidateName, startsAt, "ines", "omar");
    }

    /**
     * An interview led by max with one or two other members (demo users), agenda proposed and approved by all:
     * the first member owns the design block, the second (or max) the operations block, both covering every
     * required competency. Returns its id.
     */
    public long agreedInterview(String candidateName, OffsetDateTime startsAt, String... others) {
        long id = proposedInterview(candidateName, startsAt, others);
        List<String> members = new ArrayList<>(List.of(others));
        members.add("max");
        for (String member : members) {
            HttpResponse<String> approved =
                    send("POST", "interviews/" + id + "/agenda/approve", "demo-" + member + "-token", null);
            assertEquals(200, approved.statusCode(), approved.body());
        }
        return id;
    }

    /** As {@link #agreedInterview(String, OffsetDateTime, String...)}, but no one has approved the proposal yet. */
    public long proposedInterview(String candidateName, OffsetDateTime startsAt, String... others) {
        StringBuilder panel = new StringBuilder("[{\"userId\":\"max\",\"lead\":true}");
        for (String other : others) {
            panel.append(",{\"userId\":\"").append(other).append("\",\"lead\":false}");
        }
        HttpResponse<String> created =
                send("POST", "interviews", "demo-ats-token", interviewJson(candidateName, startsAt, panel + "]"));
        assertEquals(201, created.statusCode(), created.body());
        long id = idOf(created.body());
        String all = "[\"" + String.join("\",\"", REQUIRED) + "\"]";
        String agenda = "{\"version\":"
                + versionOf(get("interviews/" + id, "demo-max-token").body()) + ",\"items\":["
                + "{\"kind\":\"WELCOME\",\"title\":\"Welcome\",\"minutes\":5,\"ownerUserId\":\"max\"},"
                + "{\"kind\":\"COMPETENCY\",\"title\":\"Design\",\"minutes\":20,\"ownerUserId\":\"" + others[0]
                + "\",\"competencies\":" + all + "},"
                + "{\"kind\":\"COMPETENCY\",\"title\":\"Operations\",\"minutes\":20,\"ownerUserId\":\""
                + (others.length > 1 ? others[1] : "max") + "\",\"competencies\":" + all + "},"
                + "{\"kind\":\"CANDIDATE_QUESTIONS\",\"title\":\"Your questions\",\"minutes\":10,\"ownerUserId\":\"max\"},"
                + "{\"kind\":\"WRAP_UP\",\"title\":\"Wrap-up\",\"minutes\":5,\"ownerUserId\":\"max\"}]}";
        assertEquals(
                200,
                send("PUT", "interviews/" + id + "/agenda", "demo-max-token", agenda)
                        .statusCode());
        assertEquals(
                200,
                send("POST", "interviews/" + id + "/agenda/propose", "demo-max-token", null)
                        .statusCode());
        return id;
    }

    /**
     * An interview (max leading, ines on the panel) whose debrief is open: both scorecards submitted
     * ({@code member saw it}, rating 3, YES). Returns its id.
     */
    public long debriefInterview(String candidateName, OffsetDateTime startsAt) {
        long id = agreedInterview(candidateName, startsAt, "ines");
        submitScorecard(id, "ines", 3);
        submitScorecard(id, "max", 3);
        return id;
    }

    /**
     * An interview at {@code startsAt} (max leading, ines on the panel), both scorecards submitted
     * ({@code member saw it}, rating 3, YES) and max's decision HIRE recorded. Returns its id.
     */
    public long decidedInterview(String candidateName, OffsetDateTime startsAt) {
        long id = debriefInterview(candidateName, startsAt);
        HttpResponse<String> decided = send(
                "POST",
                "interviews/" + id + "/decision",
                "demo-max-token",
                "{\"outcome\":\"HIRE\",\"rationale\":\"Both saw solid design and operations.\"}");
        assertEquals(201, decided.statusCode(), decided.body());
        return id;
    }

    /**
     * Saves and submits {@code member}'s complete scorecard ({@code member saw it}, the rating, YES from 3, else NO).
     */
    public void submitScorecard(long id, String member, int rating) {
        String token = "demo-" + member + "-token";
        assertEquals(
                200,
                saveScorecard(id, token, completeScorecard(rating, member + " saw it", rating >= 3 ? "YES" : "NO"))
                        .statusCode());
        HttpResponse<String> submitted = send("POST", "interviews/" + id + "/scorecards/mine/submit", token, null);
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    /** The candidate's id in the ATS of interview {@code id}, as max reads it. */
    public String candidateOf(long id) {
        HttpResponse<String> interview = get("interviews/" + id, "demo-max-token");
        assertEquals(200, interview.statusCode(), interview.body());
        Matcher candidate =
                Pattern.compile("\"candidate\":\\{\"externalId\":\"([^\"]+)\"").matcher(interview.body());
        assertTrue(candidate.find(), interview.body());
        return candidate.group(1);
    }

    /** A complete scorecard body for a member assigned every required competency. */
    public static String completeScorecard(int rating, String evidence, String recommendation) {
        StringBuilder ratings = new StringBuilder();
        for (String competency : REQUIRED) {
            ratings.append(ratings.length() == 0 ? "" : ",")
                    .append("{\"competency\":\"")
                    .append(competency)
                    .append("\",\"rating\":")
                    .append(rating)
                    .append(",\"evidence\":\"")
                    .append(evidence)
                    .append("\"}");
        }
        return "{\"ratings\":[" + ratings + "],\"candidateQuestions\":[{\"question\":\"What is the on-call like?\","
                + "\"answer\":\"One week in six\"}],\"dealBreakers\":[],\"keyTakeaways\":\"Solid\","
                + "\"overallRecommendation\":\"" + recommendation + "\"}";
    }

    /**
     * Saves the token's scorecard as a client that keeps up does: reads it first and sends the version it has now
     * ({@code 0} before the first save) with {@code body}, which must not carry one.
     */
    public HttpResponse<String> saveScorecard(long interviewId, String token, String body) {
        String path = "interviews/" + interviewId + "/scorecards/mine";
        HttpResponse<String> mine = get(path, token);
        long version = mine.statusCode() == 200 ? scorecardVersionOf(mine.body()) : 0;
        return send("PUT", path, token, withVersion(body, version));
    }

    /** {@code body} (a JSON object without a version) with {@code "version": version} added first. */
    public static String withVersion(String body, long version) {
        if (body.strip().equals("{}")) {
            return "{\"version\":" + version + "}";
        }
        return body.replaceFirst("\\{", "{\"version\":" + version + ",");
    }

    /** The {@code version} of a scorecard's JSON ({@code GET|PUT .../scorecards/mine}). */
    public static long scorecardVersionOf(String body) {
        Matcher m = Pattern.compile("\"version\":(\\d+),\"amendments\"").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    public static long idOf(String body) {
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    public static long versionOf(String body) {
        Matcher m = Pattern.compile("\"version\":(\\d+),\"status\"").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    /** Asserts a problem-details answer with the given status, never a stack trace. */
    public static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        assertTrue(response.body().contains("\"detail\""), response.body());
        assertTrue(!response.body().contains("Exception"), "no stack trace: " + response.body());
    }
}
