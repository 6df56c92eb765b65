package io.parley.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** The ceiling of a JAX-RS call on this server: {@code GET /api/v1/version} with the ATS's bearer token. */
public class VersionCeilingSimulation extends Simulation {

    private final ScenarioBuilder ats = scenario("version")
            .during(Parley.DURATION).on(exec(http("version").get("/api/v1/version")
                    .header("Authorization", "Bearer " + Parley.ATS_TOKEN)
                    .check(status().is(200))
                    .check(substring("\"api\":\"v1\"").exists())));

    {
        setUp(ats.injectOpen(atOnceUsers(Parley.USERS))).protocols(Parley.protocol());
    }
}
