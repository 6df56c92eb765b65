package io.parley.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/** What every simulation shares: the server, the run's length and size, and signing in through the login page. */
final class Parley {

    /** The server of the README's run command, or another one. */
    static final String BASE = System.getProperty("parley.url", "http://localhost:8080/parley");
    /** Concurrent users of each simulation. */
    static final int USERS = Integer.getInteger("bench.users", 50);
    /** How long each simulation's loop runs. */
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    /** Seconds between a user's actions; 0 measures the most the server does (throughput). */
    static final int THINK = Integer.getInteger("bench.think", 0);
    /** The feeder files the data generator writes. */
    static final String DATA = System.getProperty("bench.data", "target/bench-data");
    static final String ATS_TOKEN = System.getProperty("bench.atsToken", "demo-ats-token");
    /** Every generated user has the demo password. */
    static final String PASSWORD = System.getProperty("bench.password", "parley");

    private Parley() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE)
                .acceptLanguageHeader("en")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("parley-bench (Gatling)")
                .disableCaching();
    }

    /** Opens the login page and signs in as {@code #{username}}; the session keeps the cookie. */
    static ChainBuilder signIn() {
        return exec(http("login page").get("/login.xhtml")
                        .check(status().is(200))
                        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                        .check(regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("loginNonce")))
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "#{username}")
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{loginNonce}")
                        .check(status().is(200))
                        .check(substring("id=\"user-name\"").exists()));
    }

    /**
     * Flat out, everyone starts at once; with think time people arrive over ten seconds, as a real morning would
     * (all 50 first requests in the same millisecond only measure the queue of a 2-core machine).
     */
    static io.gatling.javaapi.core.OpenInjectionStep arrivals() {
        return THINK > 0 ? io.gatling.javaapi.core.CoreDsl.rampUsers(USERS).during(Duration.ofSeconds(10))
                : io.gatling.javaapi.core.CoreDsl.atOnceUsers(USERS);
    }

    /** After everyone has signed in: with think time, each starts within the first few seconds, not all at once. */
    static ChainBuilder stagger() {
        return THINK > 0 ? exec(io.gatling.javaapi.core.CoreDsl.pause(Duration.ZERO, Duration.ofSeconds(THINK * 2L)))
                : exec(session -> session);
    }

    static ChainBuilder think() {
        return THINK > 0 ? exec(io.gatling.javaapi.core.CoreDsl.pause(Duration.ofMillis(THINK * 500L),
                Duration.ofMillis(THINK * 1500L))) : exec(session -> session);
    }
}
