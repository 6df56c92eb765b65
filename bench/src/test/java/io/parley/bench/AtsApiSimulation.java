package io.parley.bench;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scenario 2: the ATS plans interviews (a lead and two interviewers of the generated users on one of the 50
 * kits), reads each back, and reads the submitted scorecards and the decision of decided interviews.
 */
public class AtsApiSimulation extends Simulation {

    private static String interviewBody(long userId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int lead = 1 + random.nextInt(150);
        int first = 191 + random.nextInt(1800);
        int second = 191 + (first - 191 + 1 + random.nextInt(1799)) % 1810;
        String startsAt = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(7 + random.nextInt(60))
                .withHour(9 + random.nextInt(8)).withMinute(0).withSecond(0).withNano(0).toString();
        return "{\"candidate\":{\"externalId\":\"bench-ats-" + userId + "-" + random.nextLong(1_000_000_000L)
                + "\",\"name\":\"Kim Example\",\"email\":\"kim@example.com\"},"
                + "\"job\":{\"externalId\":\"bench-job-ats\",\"title\":\"Backend Engineer\"},"
                + "\"kitKey\":\"bench-kit-" + String.format("%02d", 1 + random.nextInt(50)) + "\","
                + "\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":105,\"location\":\"Room 2\","
                + "\"panel\":[{\"userId\":\"" + DataGenerator.username(lead) + "\",\"lead\":true},"
                + "{\"userId\":\"" + DataGenerator.username(first) + "\",\"lead\":false},"
                + "{\"userId\":\"" + DataGenerator.username(second) + "\",\"lead\":false}]}";
    }

    private static final FeederBuilder<String> DECIDED = csv(Parley.DATA + "/decided.csv").random();

    private final ScenarioBuilder ats = scenario("ats")
            .during(Parley.DURATION).on(
                    feed(DECIDED)
                            .exec(session -> session.set("body", interviewBody(session.userId())))
                            .exec(http("create interview").post("/api/v1/interviews")
                                    .header("Authorization", "Bearer " + Parley.ATS_TOKEN)
                                    .header("Content-Type", "application/json")
                                    .body(io.gatling.javaapi.core.CoreDsl.StringBody("#{body}"))
                                    .check(status().is(201))
                                    .check(jsonPath("$.id").saveAs("created")))
                            .exec(Parley.think())
                            .exec(http("read interview").get("/api/v1/interviews/#{created}")
                                    .header("Authorization", "Bearer " + Parley.ATS_TOKEN)
                                    .check(status().is(200))
                                    .check(substring("\"status\":\"PLANNING\"").exists()))
                            .exec(Parley.think())
                            .exec(http("read scorecards").get("/api/v1/interviews/#{interviewId}/scorecards")
                                    .header("Authorization", "Bearer " + Parley.ATS_TOKEN)
                                    .check(status().is(200))
                                    .check(substring("\"overallRecommendation\"").exists()))
                            .exec(Parley.think())
                            .exec(http("read decision").get("/api/v1/interviews/#{interviewId}/decision")
                                    .header("Authorization", "Bearer " + Parley.ATS_TOKEN)
                                    .check(status().is(200))
                                    .check(substring("\"outcome\"").exists()))
                            .exec(Parley.think()));

    {
        setUp(ats.injectOpen(Parley.arrivals())).protocols(Parley.protocol());
    }
}
