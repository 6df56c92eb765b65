package io.parley.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.parley.it.cluster.LocalCluster.Instance;
import io.parley.it.support.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's scheduled work on the running local cluster ({@code ops/cluster/up}, both instances behind haproxy at
 * {@code parley.cluster.url}, PostgreSQL database {@code parley_cluster} on 127.0.0.1:5432), with one {@code kill -9}:
 *
 * <ul>
 *   <li>Webhooks: of the events produced through haproxy (requests alternate between the instances, each dispatches
 *       right after its commit and every 10 s), each is answered exactly once while both instances run; then the
 *       receiver holds its answers until both instances have a delivery in flight, one instance is killed, and what
 *       it had in flight arrives again from the survivor once the claim ({@code parley.webhooks.claim-seconds}, 20 s on the local cluster) ran out.
 *       The receiver tells the sending instance by the process that owns the connection ({@code /proc}).
 *   <li>Reminders (every minute on the local cluster, {@code parley.reminders.every-minutes}): both instances' timers
 *       tick, one claims each run ({@code scheduled_job}); a late interview's members and lead are mailed exactly
 *       once (the mail goes to the instance's log there, no mail host is set), by the instance that claimed the run.
 *       That instance is the one killed; a late interview made afterwards is reminded by the survivor.
 * </ul>
 *
 * At the end {@code ops/cluster/up} starts the killed instance again.
 */
class ClusterJobsIT {

    private static final String BASE = System.getProperty("parley.cluster.url", "http://localhost:8080/parley/");
    private static final Path OPS = Path.of(System.getProperty("parley.cluster.ops", "../ops/cluster"));
    private static final String DB = System.getProperty(
            "parley.cluster.db", "jdbc:postgresql://127.0.0.1:5432/parley_cluster?user=parley&password=parley");
    /** Events delivered while both instances run, and events of which some are in flight at the kill. */
    private static final int CALM = 10;

    private static final int KILLED = 10;
    /** Less than the dispatcher's request timeout (10 s): a held answer never turns into a failed attempt. */
    private static final Duration MAX_HOLD = Duration.ofSeconds(8);

    private static final String SECRET = "cluster-jobs-secret-of-some-length";

    /** One request the receiver got: which event, from which instance, when, and whether its sender took the 200. */
    record Arrival(String eventId, String sender, Instant arrived, Instant answered, boolean senderAlive) {}

    /**
     * A webhook receiver that answers 200, or holds the answers while {@link #hold()} is on (each at most
     * {@link #MAX_HOLD}). Each request's sender is the instance whose process owns the other end of the connection.
     */
    static final class Receiver implements AutoCloseable {

        final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
        final List<Arrival> held = new CopyOnWriteArrayList<>();
        private final Map<Long, String> instancesByPid;
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private volatile CountDownLatch gate;

        Receiver(Map<Long, String> instancesByPid) throws IOException {
            this.instancesByPid = instancesByPid;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            server.setExecutor(threads); // held answers must not hold up the other requests
            server.createContext("/hook", exchange -> {
                Instant arrived = Instant.now();
                exchange.getRequestBody().readAllBytes();
                String eventId = exchange.getRequestHeaders().getFirst("X-Parley-Event-Id");
                long pid = senderPid(exchange.getRemoteAddress().getPort());
                String sender = pid == 0
                        ? "unknown (port " + exchange.getRemoteAddress().getPort() + ")"
                        : instancesByPid.get(pid);
                CountDownLatch waitFor = gate;
                if (waitFor != null) {
                    held.add(new Arrival(eventId, sender, arrived, null, true));
                    try {
                        waitFor.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                boolean alive = pid == 0
                        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                try {
                    exchange.sendResponseHeaders(200, -1);
                } catch (IOException e) {
                    alive = false; // the sender is gone
                }
                exchange.close();
                arrivals.add(new Arrival(eventId, sender, arrived, Instant.now(), alive));
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            CountDownLatch open = gate;
            gate = null;
            if (open != null) {
                open.countDown();
            }
        }

        /** The requests held now, by sending instance. */
        Map<String, Long> inFlight() {
            Map<String, Long> answered = arrivals.stream()
                    .collect(Collectors.groupingBy(a -> a.eventId() + a.arrived(), Collectors.counting()));
            return held.stream()
                    .filter(h -> !answered.containsKey(h.eventId() + h.arrived()))
                    .collect(Collectors.groupingBy(Arrival::sender, TreeMap::new, Collectors.counting()));
        }

        /** The answers a live sender took, per event. */
        Map<String, List<Arrival>> taken() {
            return arrivals.stream()
                    .filter(Arrival::senderAlive)
                    .collect(Collectors.groupingBy(Arrival::eventId, TreeMap::new, Collectors.toList()));
        }

        /** The process on this host that has a connection from {@code port} to this receiver (Linux /proc). */
        private long senderPid(int port) {
            String inode = null;
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                try (Stream<String> lines = Files.lines(Path.of(table))) {
                    int receiverPort = server.getAddress().getPort();
                    inode = lines.skip(1)
                            .map(l -> l.trim().split("\\s+"))
                            // established (01), not a closed connection of the same ports (TIME_WAIT, inode 0)
                            .filter(f -> portOf(f[1]) == port && portOf(f[2]) == receiverPort)
                            .filter(f -> f[3].equals("01") && !f[9].equals("0"))
                            .map(f -> f[9])
                            .findFirst()
                            .orElse(inode);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (inode == null) {
                return 0;
            }
            String socket = "socket:[" + inode + "]";
            for (long pid : instancesByPid.keySet()) {
                try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
                    if (fds.anyMatch(fd -> {
                        try {
                            return Files.readSymbolicLink(fd).toString().equals(socket);
                        } catch (IOException e) {
                            return false;
                        }
                    })) {
                        return pid;
                    }
                } catch (IOException e) {
                    // a process that is gone owns nothing
                }
            }
            return 0;
        }

        private static int portOf(String hexAddress) {
            return Integer.parseInt(hexAddress.substring(hexAddress.indexOf(':') + 1), 16);
        }

        @Override
        public void close() {
            release();
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** A condition polled until it holds. */
    interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Duration timeout, Check done) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (!done.holds()) {
            if (System.nanoTime() > until) {
                throw new AssertionError(what + " did not happen within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000;
    }

    private static String secondsText(Instant from, Instant to) {
        return String.format("%.1f s", Duration.between(from, to).toMillis() / 1000.0);
    }

    /** An interview in planning (max leading, ines), starting in three days; returns its id. */
    private static long planned(ApiClient api, String candidate) {
        HttpResponse<String> created = api.send(
                "POST",
                "interviews",
                "demo-ats-token",
                ApiClient.interviewJson(
                        candidate,
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(3),
                        "[{\"userId\":\"max\",\"lead\":true},{\"userId\":\"ines\",\"lead\":false}]"));
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.idOf(created.body());
    }

    private static void cancel(ApiClient api, List<Long> interviews) {
        for (long id : interviews) {
            HttpResponse<String> cancelled = api.send("POST", "interviews/" + id + "/cancel", "demo-ats-token", null);
            assertEquals(200, cancelled.statusCode(), cancelled.body());
        }
    }

    /** The webhook event ids of these interviews (one {@code interview.cancelled} each). */
    private static List<String> events(Connection db, long endpoint) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query =
                db.prepareStatement("select event_id from webhook_delivery where endpoint_id = ? order by id")) {
            query.setLong(1, endpoint);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** The reminder rows of an interview: "username KIND" to when it was sent. */
    private static Map<String, Instant> reminders(Connection db, long interview) throws SQLException {
        Map<String, Instant> sent = new TreeMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "select username, kind, last_sent_at from scorecard_reminder where interview_id = ?")) {
            query.setLong(1, interview);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sent.put(
                            rows.getString(1) + " " + rows.getString(2),
                            rows.getTimestamp(3).toInstant());
                }
            }
        }
        return sent;
    }

    /** The reminder job's row: who claimed the last run and when it started. */
    private static Map.Entry<String, Instant> lastRun(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                        "select claimed_by, last_started_at from scheduled_job where name = 'scorecard-reminders'");
                ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), "the reminder job's row");
            Timestamp started = row.getTimestamp(2);
            return Map.entry(String.valueOf(row.getString(1)), started == null ? Instant.EPOCH : started.toInstant());
        }
    }

    /**
     * The reminder mails about an interview each instance logged (no mail host on the local cluster: MailSender logs
     * what each mail was for, "scorecard reminder (member), interview 51, ines"; the agenda's mails are not counted).
     */
    private static Map<String, Long> mailsLogged(Map<String, Instance> instances, long interview) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : instances.keySet()) {
            Path logs = OPS.resolve(".work/payara6/glassfish/nodes/localhost-parley-cluster/" + name + "/logs");
            long count = 0;
            try (Stream<Path> files = Files.list(logs)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log"))
                        .toList()) {
                    count += new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                            .lines()
                            .filter(l -> l.contains("Mail not sent")
                                    && l.contains("scorecard reminder")
                                    && l.contains("interview " + interview + ","))
                            .count();
                }
            }
            counts.put(name, count);
        }
        return counts;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void webhooksAndRemindersRunOncePerGroupAndCarryOnWhenAnInstanceIsKilled() throws Exception {
        LocalCluster cluster = new LocalCluster(OPS);
        Map<String, Instance> instances = cluster.requireRunning();
        Map<Long, String> byPid = new LinkedHashMap<>();
        instances.values().forEach(i -> byPid.put(i.pid(), i.name()));
        ApiClient api = new ApiClient(URI.create(BASE).toURL());
        long claim = Long.parseLong(cluster.setting("parley.webhooks.claim-seconds", "60"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now();
        boolean killed = false;
        try (Connection db = DriverManager.getConnection(DB);
                Receiver receiver = new Receiver(byPid)) {
            // a late interview: three days ago, nobody submitted; the reminder job (every minute) mails the three
            // members and the lead. Made before the webhook is registered, so its agenda_agreed event is not sent.
            String lateBefore = "Jobs Before " + run;
            long before = api.agreedInterview(
                    lateBefore, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));
            Instant lateBeforeMade = Instant.now();
            HttpResponse<String> created = api.send(
                    "POST",
                    "webhooks",
                    "demo-hana-token",
                    "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + SECRET + "\"}");
            assertEquals(201, created.statusCode(), created.body());
            long endpoint = ApiClient.idOf(created.body());
            try {

                // the interviews whose cancellation makes the webhook events
                List<Long> interviews = new ArrayList<>();
                for (int i = 0; i < CALM + KILLED; i++) {
                    interviews.add(planned(api, "Jobs Hook " + run + " " + i));
                }

                // 1. both instances run: every event is answered once
                Instant calmStart = Instant.now();
                cancel(api, interviews.subList(0, CALM));
                await(
                        "the first " + CALM + " deliveries",
                        Duration.ofSeconds(40),
                        () -> receiver.taken().size() >= CALM);
                Thread.sleep(2000); // any surplus delivery
                Instant calmDone = receiver.arrivals.stream()
                        .map(Arrival::answered)
                        .max(Instant::compareTo)
                        .orElseThrow();
                Map<String, Long> calmBySender = receiver.arrivals.stream()
                        .collect(Collectors.groupingBy(Arrival::sender, TreeMap::new, Collectors.counting()));
                System.out.printf(
                        "webhooks, both running: %d events delivered in %s, by %s%n",
                        CALM, secondsText(calmStart, calmDone), calmBySender);
                assertTrue(
                        receiver.arrivals.stream().allMatch(a -> instances.containsKey(a.sender())),
                        "each request's instance is known: " + receiver.arrivals);
                assertEquals(CALM, receiver.arrivals.size(), "each event exactly once: " + receiver.arrivals);
                assertEquals(
                        CALM,
                        receiver.arrivals.stream()
                                .map(Arrival::eventId)
                                .distinct()
                                .count(),
                        "each event exactly once: " + receiver.arrivals);

                // the reminders of the late interview: once per member and the lead, by the instance that claimed
                await(
                        "the reminders for " + lateBefore,
                        Duration.ofSeconds(90),
                        () -> reminders(db, before).size() >= 4);
                Map.Entry<String, Instant> runBefore = lastRun(db);
                Map<String, Instant> remindedBefore = reminders(db, before);
                Thread.sleep(1000); // the log lines of the run that stored the rows
                Map<String, Long> loggedBefore = mailsLogged(instances, before);
                Instant sentBefore = remindedBefore.values().iterator().next();
                System.out.printf(
                        "reminders, both running: %s reminded %s after the late interview was made, mails logged per"
                                + " instance %s; scheduled_job: claimed by %s, run started %s%n",
                        remindedBefore.keySet(),
                        secondsText(lateBeforeMade, sentBefore),
                        loggedBefore,
                        runBefore.getKey(),
                        runBefore.getValue());
                assertEquals(
                        List.of("max LEAD", "max MEMBER", "ines MEMBER", "omar MEMBER").stream()
                                .sorted()
                                .toList(),
                        List.copyOf(remindedBefore.keySet()),
                        "the three members and the lead");
                assertEquals(1, remindedBefore.values().stream().distinct().count(), "all in one run");
                assertEquals(4, total(loggedBefore), "one mail each, although both instances' timers tick");
                String runner = loggedBefore.entrySet().stream()
                        .filter(e -> e.getValue() == 4)
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the mails came from one instance: " + loggedBefore));
                if (runBefore.getValue().equals(sentBefore)) {
                    assertEquals(runner, runBefore.getKey(), "the instance that claimed the run sent the mails");
                }

                // 2. the receiver holds its answers until both instances have a delivery in flight, then the instance
                // that ran the reminders is killed
                receiver.hold();
                Instant holdStart = Instant.now();
                cancel(api, interviews.subList(CALM, CALM + KILLED));
                await(
                        "a delivery in flight at each instance",
                        MAX_HOLD.minusSeconds(2),
                        () -> receiver.inFlight().keySet().containsAll(instances.keySet()));
                Map<String, Long> inFlight = receiver.inFlight();
                boolean repeatedBeforeKill = receiver.arrivals.stream()
                                .map(Arrival::eventId)
                                .distinct()
                                .count()
                        < receiver.arrivals.size();
                Instance victim = instances.get(runner);
                String survivor = instances.keySet().stream()
                        .filter(n -> !n.equals(runner))
                        .findFirst()
                        .orElseThrow();
                Instant kill = Instant.now();
                cluster.kill(victim);
                Instant gone = Instant.now(); // the process has exited
                killed = true;
                receiver.release();
                System.out.printf(
                        "kill -9 of %s %s after holding the receiver; in flight then: %s%n",
                        runner, secondsText(holdStart, kill), inFlight);
                assertFalse(repeatedBeforeKill, "no event twice while both instances run: " + receiver.arrivals);

                // the survivor reminds a late interview made now (its agenda_agreed event is one more delivery)
                String lateAfter = "Jobs After " + run;
                long after = api.agreedInterview(
                        lateAfter, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));

                // every event is taken exactly once: what the killed instance had in flight comes again from the
                // survivor after the claim ran out
                List<String> all = events(db, endpoint);
                assertEquals(CALM + KILLED + 1, all.size(), "one delivery per event");
                await(
                        "every event taken",
                        Duration.ofSeconds(120),
                        () -> receiver.taken().keySet().containsAll(all));
                Instant allTaken = Instant.now();
                Thread.sleep(2000);
                Map<String, List<Arrival>> taken = receiver.taken();
                assertTrue(
                        receiver.arrivals.stream().allMatch(a -> instances.containsKey(a.sender())),
                        "each request's instance is known: " + receiver.arrivals);
                for (String event : all) {
                    assertEquals(1, taken.get(event).size(), event + " taken once: " + taken.get(event));
                }
                List<Arrival> cut =
                        receiver.arrivals.stream().filter(a -> !a.senderAlive()).toList();
                assertFalse(cut.isEmpty(), "the killed instance had a delivery in flight: " + receiver.arrivals);
                for (Arrival lost : cut) {
                    assertEquals(runner, lost.sender());
                    Arrival again = taken.get(lost.eventId()).get(0);
                    assertEquals(survivor, again.sender(), "sent again by the survivor");
                    System.out.printf(
                            "delivery of %s in flight at %s: sent again by %s %s after its first attempt,"
                                    + " %s after the kill%n",
                            lost.eventId(),
                            lost.sender(),
                            again.sender(),
                            secondsText(lost.arrived(), again.arrived()),
                            secondsText(kill, again.arrived()));
                    assertTrue(
                            seconds(lost.arrived(), again.arrived()) >= claim - 2,
                            "not before the claim (" + claim + " s) ran out: "
                                    + secondsText(lost.arrived(), again.arrived()));
                }
                Map<String, Long> afterKillBySender = receiver.arrivals.stream()
                        .filter(a -> a.arrived().isAfter(gone))
                        .collect(Collectors.groupingBy(Arrival::sender, TreeMap::new, Collectors.counting()));
                System.out.printf(
                        "webhooks: %d events, %d requests, %d cut by the kill; after the kill by %s; all taken %s"
                                + " after the kill%n",
                        all.size(),
                        receiver.arrivals.size(),
                        cut.size(),
                        afterKillBySender,
                        secondsText(kill, allTaken));
                assertEquals(Set.of(survivor), afterKillBySender.keySet(), "after the kill only the survivor sends");

                // the survivor ran the reminder job
                await(
                        "the reminders for " + lateAfter + " by the survivor",
                        Duration.ofSeconds(90),
                        () -> reminders(db, after).size() >= 4);
                Map.Entry<String, Instant> runAfter = lastRun(db);
                Map<String, Instant> remindedAfter = reminders(db, after);
                Thread.sleep(1000);
                Map<String, Long> loggedAfter = mailsLogged(instances, after);
                Instant sentAfter = remindedAfter.values().iterator().next();
                System.out.printf(
                        "reminders after the kill: %s reminded %s after the kill, mails logged per instance %s;"
                                + " scheduled_job: claimed by %s, run started %s%n",
                        remindedAfter.keySet(),
                        secondsText(kill, sentAfter),
                        loggedAfter,
                        runAfter.getKey(),
                        runAfter.getValue());
                assertEquals(4, remindedAfter.size());
                assertEquals(Optional.of(4L), Optional.ofNullable(loggedAfter.get(survivor)), "by the survivor");
                assertEquals(4, total(loggedAfter), "once each");
                assertEquals(survivor, runAfter.getKey(), "the survivor claims the runs");
                assertTrue(sentAfter.isAfter(kill));
                assertEquals(4, total(mailsLogged(instances, before)), "the earlier interview is not mailed again");
            } finally {
                receiver.release();
                HttpResponse<String> removed = api.send("DELETE", "webhooks/" + endpoint, "demo-hana-token", null);
                assertNotNull(removed);
            }
        } finally {
            if (killed) {
                cluster.upAfter(null);
            }
            System.out.printf("ClusterJobsIT took %s%n", secondsText(start, Instant.now()));
        }
    }
}
