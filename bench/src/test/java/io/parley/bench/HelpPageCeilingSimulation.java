package io.parley.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** The ceiling of a Faces page on this server: the static help page, same layout, same sign-in, no data. */
public class HelpPageCeilingSimulation extends Simulation {

    private final ScenarioBuilder users = scenario("help page")
            .exec(session -> session.set("username", DataGenerator.username(1 + (int) (session.userId() % 50))))
            .exec(Parley.signIn())
            .rendezVous(Parley.USERS)
            .during(Parley.DURATION).on(exec(http("help").get("/help.xhtml")
                    .check(status().is(200))
                    .check(substring("id=\"help-flow\"").exists())));

    {
        setUp(users.injectOpen(atOnceUsers(Parley.USERS))).protocols(Parley.protocol());
    }
}
