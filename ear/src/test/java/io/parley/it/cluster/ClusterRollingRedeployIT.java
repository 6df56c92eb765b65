package io.parley.it.cluster;

import static io.parley.it.support.ApiClient.completeScorecard;
import static io.parley.it.support.ApiClient.scorecardVersionOf;
import static io.parley.it.support.ApiClient.withVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.cluster.LocalCluster.Instance;
import io.parley.it.support.ApiClient;
import io.parley.it.support.PageClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 on the running local cluster: {@code ops/cluster/redeploy} (a rolling redeploy of the EAR this build made,
 * one instance at a time) while a load runs through haproxy, and not one request of it fails. The load, each kind
 * in a thread of its own with a short pause between requests, for the whole redeploy:
 *
 * <ul>
 *   <li>API reads with demo tokens (an interview, as its lead max; the scorecard of ines, a panel member);
 *   <li>API writes: ines saves her scorecard draft again and again ({@code PUT .../scorecards/mine} with the version
 *       she read), each save must be 200;
 *   <li>pages of hana, an hr-admin signed in through the login form before the redeploy: the kit list (her role) and
 *       the home page, with her session and haproxy's cookies, each must be 200 and still show her signed in.
 * </ul>
 *
 * <p>Any connection error, 5xx or other unexpected status counts as a failure. Afterwards both instances answer
 * {@code /health/ready} naming the new application, and hana's session (it moved through the data grid while its
 * instance switched, twice) still opens the kit list. The redeploy leaves a whole cluster behind; when it fails,
 * {@code ops/cluster/up} starts what is not running, so the next cluster test finds both instances.
 */
class ClusterRollingRedeployIT {

    private static final String BASE = System.getProperty("parley.cluster.url", "http://localhost:8080/parley/");
    private static final Path OPS = Path.of(System.getProperty("parley.cluster.ops", "../ops/cluster"));
    /** A pause between the requests of one thread: a steady load that leaves the two cores to the restarts. */
    private static final Duration PAUSE = Duration.ofMillis(200);

    private static final Pattern APPLICATION = Pattern.compile("\"application\":\"([^\"]+)\"");
    private static final Pattern DONE = Pattern.compile("done: (parley-\\S+) on every instance in ([0-9.]+) s");
    private static final Pattern SWITCHED = Pattern.compile("redeploy: (\\S+): done in ([0-9.]+) s");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Requests of the load by kind and outcome, and what the failures were. */
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void aRollingRedeployServesEveryRequestOfARunningLoad() throws Exception {
        LocalCluster cluster = new LocalCluster(OPS);
        Map<String, Instance> instances = cluster.requireRunning();
        Throwable failure = null;
        try {
            scenario(cluster, instances, URI.create(BASE).toURL());
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            if (failure != null) { // a redeploy that went through leaves both instances running
                cluster.upAfter(failure);
            }
        }
    }

    private void scenario(LocalCluster cluster, Map<String, Instance> instances, URL base) throws Exception {
        ApiClient api = new ApiClient(base);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long id = api.agreedInterview(
                "Rolling " + marker, OffsetDateTime.now(ZoneOffset.UTC).minusHours(3), "ines", "omar");
        String scorecard = "interviews/" + id + "/scorecards/mine";
        assertEquals(200, api.saveScorecard(id, "demo-ines-token", draft(0)).statusCode());

        Map<String, String> before = applications(instances);
        log("before: %s", before);
        PageClient hana = new PageClient(URI.create(BASE));
        assertEquals(302, hana.signIn("hana", "parley").statusCode(), "hana signs in");
        assertSignedIn(hana, "before the redeploy");

        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        load.add(loop(running, "api-read", () -> api.get("interviews/" + id, "demo-max-token"), 200));
        load.add(loop(running, "api-read", () -> api.get(scorecard, "demo-ines-token"), 200));
        AtomicLong saves = new AtomicLong();
        load.add(loop(
                running,
                "api-write",
                () -> {
                    HttpResponse<String> mine = api.get(scorecard, "demo-ines-token");
                    if (mine.statusCode() != 200) {
                        return mine;
                    }
                    String body = withVersion(draft(saves.incrementAndGet()), scorecardVersionOf(mine.body()));
                    return api.send("PUT", scorecard, "demo-ines-token", body);
                },
                200));
        load.add(
                loop(running, "page", () -> signedIn(hana.get("kits/kit-list.xhtml"), "backend-engineer-onsite"), 200));
        load.add(loop(running, "page", () -> signedIn(hana.get(""), "Hana Schmidt"), 200));
        load.forEach(Thread::start);

        long start = System.nanoTime();
        String output;
        try {
            Thread.sleep(2_000); // the load runs before the redeploy begins
            output = cluster.redeploy();
            Thread.sleep(2_000); // and goes on after it
        } finally {
            running.set(false);
            for (Thread thread : load) {
                thread.join(60_000);
            }
            log(
                    "%d requests in %.1f s: %s; failed: %s",
                    counts.values().stream().mapToLong(AtomicLong::get).sum(),
                    (System.nanoTime() - start) / 1e9,
                    new TreeMap<>(counts),
                    failures);
        }
        System.out.print(output);

        long total = counts.values().stream().mapToLong(AtomicLong::get).sum();
        Matcher switched = SWITCHED.matcher(output);
        while (switched.find()) {
            log("%s switched in %s s", switched.group(1), switched.group(2));
        }
        Matcher done = DONE.matcher(output);
        assertTrue(done.find(), "the redeploy says what it deployed:\n" + output);
        log("redeploy of %s took %s s", done.group(1), done.group(2));
        assertTrue(failures.isEmpty(), failures.size() + " of " + total + " requests failed: " + failures);
        assertTrue(total >= 100, "the load ran: " + counts);
        assertTrue(saves.get() >= 10, "the scorecard was saved while the load ran: " + saves.get());

        // both instances serve the new application, nothing else
        String deployed = done.group(1);
        Map<String, String> after = applications(cluster.instances());
        log("after: %s", after);
        assertEquals(instances.keySet(), after.keySet());
        for (Map.Entry<String, String> instance : after.entrySet()) {
            assertEquals(deployed, instance.getValue(), instance.getKey() + " runs the new deployment");
            assertNotEquals(before.get(instance.getKey()), instance.getValue(), instance.getKey() + " switched");
        }

        // hana's session, signed in before, still works with her role; ines's last save is there
        assertSignedIn(hana, "after the redeploy");
        HttpResponse<String> mine = api.get(scorecard, "demo-ines-token");
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("draft " + saves.get() + " "), mine.body());
    }

    /** A scorecard draft of ines whose evidence names the save's number. */
    private static String draft(long number) {
        return completeScorecard(3, "draft " + number + " during the rolling redeploy", "YES");
    }

    /** The application each instance runs, as its readiness check names it (asked directly, not through haproxy). */
    private static Map<String, String> applications(Map<String, Instance> instances) throws Exception {
        Map<String, String> applications = new TreeMap<>();
        for (Instance instance : instances.values()) {
            HttpResponse<String> ready = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.httpPort() + "/health/ready"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), instance.name() + ": " + ready.body());
            Matcher application = APPLICATION.matcher(ready.body());
            assertTrue(application.find(), instance.name() + " names its application: " + ready.body());
            applications.put(instance.name(), application.group(1));
        }
        return applications;
    }

    /** The page as it came; a 200 that is not a signed-in page showing {@code text} fails. */
    private static HttpResponse<String> signedIn(HttpResponse<String> page, String text) {
        if (page.statusCode() == 200
                && !(page.body().contains(text) && page.body().contains("user-name"))) {
            throw new IllegalStateException("200 but not signed in or without '" + text + "'");
        }
        return page;
    }

    private static void assertSignedIn(PageClient hana, String when) {
        HttpResponse<String> kits = hana.get("kits/kit-list.xhtml");
        assertEquals(200, kits.statusCode(), when + ": hana's kit list");
        assertTrue(kits.body().contains("backend-engineer-onsite"), when + ": " + kits.body());
        assertTrue(kits.body().contains("user-name"), when + ": still signed in");
    }

    /** A thread that sends {@code request} until {@code running} is false and counts what came back. */
    private Thread loop(AtomicBoolean running, String kind, Supplier<HttpResponse<String>> request, int expected) {
        Thread thread = new Thread(
                () -> {
                    while (running.get()) {
                        long sent = System.currentTimeMillis();
                        String outcome;
                        try {
                            HttpResponse<String> response = request.get();
                            outcome = response.statusCode() == expected ? "ok" : "HTTP " + response.statusCode();
                        } catch (RuntimeException e) {
                            outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        if (outcome.equals("ok")) {
                            counts.computeIfAbsent(kind + " ok", k -> new AtomicLong())
                                    .incrementAndGet();
                        } else {
                            counts.computeIfAbsent(kind + " failed", k -> new AtomicLong())
                                    .incrementAndGet();
                            failures.add(kind + " at " + Instant.ofEpochMilli(sent) + ": " + outcome);
                        }
                        try {
                            Thread.sleep(PAUSE.toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                },
                "load-" + kind);
        thread.setDaemon(true);
        return thread;
    }

    private static void log(String format, Object... args) {
        System.out.println("ClusterRollingRedeployIT: " + String.format(format, args));
    }
}
