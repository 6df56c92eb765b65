package io.parley.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Scenario 1: panel members, each signed in with a session of their own (a lead and four interviewers per open
 * interview, from {@code panel.csv}), open My interviews, the prep page, the interview's agenda page and their
 * scorecard, then autosave the draft as the page's script does (the draft as JSON with the session's token and the
 * version it last got back) several times. With
 * {@code bench.think=0} they do it back to back (throughput); with think time the autosave comes every few seconds.
 */
public class PanelPagesSimulation extends Simulation {

    private static final int AUTOSAVES = Integer.getInteger("bench.autosaves", 3);

    private static ChainBuilder page(String name, String path, String marker) {
        return exec(http(name).get(path)
                .check(status().is(200))
                .check(substring(marker).exists())
                .check(substring("id=\"error-page\"").notExists()))
                .exec(Parley.think());
    }

    private final ChainBuilder scorecard = exec(http("scorecard").get("/interviews/scorecard.xhtml?id=#{interviewId}")
            .check(status().is(200))
            // what the page's autosave script sends with each draft: the session's token and the version it saw
            .check(regex("data-csrf=\"([^\"]+)\"").saveAs("csrf"))
            .check(regex("id=\"scorecard-form:version\"[^>]*value=\"(\\d+)\"").saveAs("version")))
            .exec(Parley.think())
            .exec(repeat(AUTOSAVES, "n").on(exec(http("autosave")
                    .post("/interviews/scorecard-draft?id=#{interviewId}&version=#{version}")
                    .header("Content-Type", "application/json")
                    .header("X-Parley-Csrf", "#{csrf}")
                    .body(StringBody("{\"keyTakeaways\":\"Draft #{n} by #{username}: structured, clear on trade-offs.\"}"))
                    .check(status().is(200))
                    .check(jsonPath("$.version").saveAs("version"))
                    .check(substring("Saved at").exists()))
                    .exec(Parley.THINK > 0 ? pause(Duration.ofSeconds(Parley.THINK)) : exec(session -> session))));

    private final ScenarioBuilder members = scenario("panel members")
            .feed(csv(Parley.DATA + "/panel.csv").circular())
            .exec(Parley.signIn())
            .rendezVous(Parley.USERS)
            .exec(Parley.stagger())
            .during(Parley.DURATION).on(
                    page("my interviews", "/", "id=\"my-interviews\""),
                    page("prep", "/interviews/prep.xhtml?id=#{interviewId}", "id=\"prep-heading\""),
                    page("agenda", "/interviews/interview.xhtml?id=#{interviewId}", "Agenda"),
                    scorecard);

    {
        setUp(members.injectOpen(Parley.arrivals())).protocols(Parley.protocol());
    }
}
