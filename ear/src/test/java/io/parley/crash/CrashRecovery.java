package io.parley.crash;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash test (docs/performance.md, run by {@code .ci/run}): starts Parley with the README's run command on a
 * fresh data folder, keeps two panel members autosaving their scorecard drafts, submits the lead's scorecard while
 * the webhook receiver is down (so its deliveries are pending), kills the server's JVM with SIGKILL, starts it again
 * on the same data, brings the receiver up, and checks: every acknowledged save and submit is there, no draft is
 * half-written (each save writes the same number into every field), and every pending webhook is delivered.
 *
 * <p>Only the JDK: {@code java ear/src/test/java/io/parley/crash/CrashRecovery.java} from the repository root.
 * Exit code 0 when recovery is complete, 1 with the reason otherwise.
 */
public final class CrashRecovery {

    private static final String BASE = "http://localhost:8080/parley/";
    private static final String[] REQUIRED = {"system-design", "code-quality", "debugging-operations"};
    /** Where Payara notes its own pid (the run profile's cargo domain, relative to the repository root). */
    private static final Path PID_FILE = Path.of("ear/target/cargo/domain/cargo-domain/config/pid");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Path data;
    private final int receiverPort;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();

    private CrashRecovery(Path data, int receiverPort) {
        this.data = data;
        this.receiverPort = receiverPort;
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("parley-crash-");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try {
            new CrashRecovery(data, port).run();
            System.out.println("crash test: every acknowledged save and submit survived, nothing half-written, "
                    + "every pending webhook delivered");
        } catch (AssertionError | Exception e) {
            System.out.println("crash test FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        Process server = start("first start");
        Process restarted = null;
        HttpServer receiver = null;
        try {
            long endpoint = idOf(expect(
                    201,
                    send(
                            "POST",
                            "webhooks",
                            "hana",
                            "{\"url\":\"http://localhost:" + receiverPort
                                    + "/hook\",\"secret\":\"crash-test-secret-0123456789\"}")));
            long interview = agreedInterview();
            AtomicBoolean saving = new AtomicBoolean(true);
            List<Thread> members = new ArrayList<>();
            // what a worker throws (a refused save is an AssertionError) would end only its thread: kept for the run
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            for (String member : List.of("ines", "omar")) {
                Thread thread = new Thread(() -> autosave(interview, member, saving), "autosave-" + member);
                thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
                thread.start();
                members.add(thread);
            }
            Thread.sleep(2000);
            expect(200, send("PUT", "interviews/" + interview + "/scorecards/mine", "max", scorecard(0, 3, "lead")));
            expect(200, send("POST", "interviews/" + interview + "/scorecards/mine/submit", "max", null));
            Thread.sleep(1500);
            long payara = killPayara();
            saving.set(false);
            for (Thread member : members) {
                member.join();
            }
            if (!failures.isEmpty()) {
                AssertionError failed = new AssertionError(
                        "an autosave worker failed: " + failures.get(0).getMessage(), failures.get(0));
                failures.stream().skip(1).forEach(failed::addSuppressed);
                throw failed;
            }
            System.out.printf("killed Payara (pid %d) with SIGKILL; acknowledged saves: %s%n", payara, acknowledged);
            stop(server);

            restarted = start("restart after SIGKILL");
            receiver = receiver();
            for (String member : List.of("ines", "omar")) {
                checkDraft(interview, member);
            }
            String lead = expect(200, send("GET", "interviews/" + interview + "/scorecards/mine", "max", null));
            check(lead.contains("\"status\":\"SUBMITTED\""), "the lead's acknowledged submit is lost: " + lead);
            awaitDeliveries(endpoint, interview);
        } finally {
            if (receiver != null) {
                receiver.stop(0);
            }
            stop(restarted);
            stop(server);
        }
    }

    // ------------------------------------------------------------------ the workload

    /** Saves drafts back to back; save n writes n into every field, and n is noted once the server answered 200. */
    private void autosave(long interview, String member, AtomicBoolean saving) {
        long version = 0;
        for (int n = 1; saving.get(); n++) {
            try {
                HttpResponse<String> saved = send(
                        "PUT",
                        "interviews/" + interview + "/scorecards/mine",
                        member,
                        scorecard(version, 1 + n % 4, "save-" + n));
                if (saved.statusCode() == 200) {
                    acknowledged.put(member, n);
                    Matcher next = Pattern.compile("\"version\":(\\d+)").matcher(saved.body());
                    version = next.find() ? Long.parseLong(next.group(1)) : version;
                } else if (saving.get()) {
                    throw new AssertionError(member + "'s save " + n + " was refused: " + saved.body());
                }
            } catch (IOException e) {
                return; // the server is gone: this save was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A whole scorecard saved on top of {@code version} (the version the member last read, 0 before the first save). */
    private static String scorecard(long version, int rating, String mark) {
        StringBuilder ratings = new StringBuilder();
        for (String competency : REQUIRED) {
            ratings.append(ratings.length() == 0 ? "" : ",")
                    .append("{\"competency\":\"")
                    .append(competency)
                    .append("\",\"rating\":")
                    .append(rating)
                    .append(",\"evidence\":\"")
                    .append(mark)
                    .append("\"}");
        }
        return "{\"version\":" + version + ",\"ratings\":[" + ratings + "],\"candidateQuestions\":[{\"question\":\""
                + mark + "\",\"answer\":\"" + mark + "\"}],\"dealBreakers\":[],\"keyTakeaways\":\"" + mark
                + "\",\"overallRecommendation\":\"YES\"}";
    }

    /** An interview that started five minutes ago, led by max with ines and omar, its agenda agreed by all. */
    private long agreedInterview() throws IOException, InterruptedException {
        String startsAt =
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0).toString();
        long id = idOf(expect(
                201,
                send(
                        "POST",
                        "interviews",
                        "ats",
                        "{\"candidate\":{\"externalId\":\"crash-1\","
                                + "\"name\":\"Casey Crash\",\"email\":\"casey@example.com\"},\"job\":{\"externalId\":\"job-1\","
                                + "\"title\":\"Backend Engineer\"},\"kitKey\":\"backend-engineer-onsite\",\"startsAt\":\""
                                + startsAt
                                + "\",\"durationMinutes\":60,\"location\":\"Room 1\",\"panel\":[{\"userId\":\"max\",\"lead\":true},"
                                + "{\"userId\":\"ines\",\"lead\":false},{\"userId\":\"omar\",\"lead\":false}]}")));
        String all = "[\"" + String.join("\",\"", REQUIRED) + "\"]";
        Matcher version = Pattern.compile("\"version\":(\\d+),\"status\"")
                .matcher(expect(200, send("GET", "interviews/" + id, "max", null)));
        check(version.find(), "no agenda version");
        expect(
                200,
                send(
                        "PUT",
                        "interviews/" + id + "/agenda",
                        "max",
                        "{\"version\":" + version.group(1) + ",\"items\":["
                                + "{\"kind\":\"WELCOME\",\"title\":\"Welcome\",\"minutes\":5,\"ownerUserId\":\"max\"},"
                                + "{\"kind\":\"COMPETENCY\",\"title\":\"Design\",\"minutes\":20,\"ownerUserId\":\"ines\",\"competencies\":"
                                + all + "},"
                                + "{\"kind\":\"COMPETENCY\",\"title\":\"Operations\",\"minutes\":20,\"ownerUserId\":\"omar\",\"competencies\":"
                                + all + "},"
                                + "{\"kind\":\"CANDIDATE_QUESTIONS\",\"title\":\"Your questions\",\"minutes\":10,\"ownerUserId\":\"max\"},"
                                + "{\"kind\":\"WRAP_UP\",\"title\":\"Wrap-up\",\"minutes\":5,\"ownerUserId\":\"max\"}]}"));
        expect(200, send("POST", "interviews/" + id + "/agenda/propose", "max", null));
        for (String member : List.of("ines", "omar", "max")) {
            expect(200, send("POST", "interviews/" + id + "/agenda/approve", member, null));
        }
        return id;
    }

    // ------------------------------------------------------------------ the checks

    /** The draft holds one save, whole, and not an older one than the last the member was told was saved. */
    private void checkDraft(long interview, String member) throws IOException, InterruptedException {
        String draft = expect(200, send("GET", "interviews/" + interview + "/scorecards/mine", member, null));
        Matcher marks = Pattern.compile("save-(\\d+)").matcher(draft);
        Set<String> seen = new TreeSet<>();
        while (marks.find()) {
            seen.add(marks.group(1));
        }
        int last = acknowledged.getOrDefault(member, 0);
        check(last > 0, member + " never got a save acknowledged before the kill");
        check(seen.size() == 1, member + "'s draft mixes saves " + seen + " (half-written): " + draft);
        int kept = Integer.parseInt(seen.iterator().next());
        check(kept >= last, member + "'s acknowledged save " + last + " is lost; the draft holds save " + kept);
        check(
                Pattern.compile("\"save-" + kept + "\"")
                                .matcher(draft)
                                .results()
                                .count()
                        == 6,
                member + "'s save " + kept + " is incomplete: " + draft);
        System.out.printf("%s: acknowledged save %d, found save %d whole%n", member, last, kept);
    }

    private void awaitDeliveries(long endpoint, long interview) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        String deliveries = "";
        while (Instant.now().isBefore(until)) {
            deliveries = expect(200, send("GET", "webhooks/" + endpoint + "/deliveries?limit=100", "hana", null));
            boolean allDelivered =
                    !deliveries.contains("\"status\":\"PENDING\"") && !deliveries.contains("\"status\":\"FAILED\"");
            if (allDelivered
                    && received.stream().anyMatch(b -> b.contains("interview.agenda_agreed"))
                    && received.stream().anyMatch(b -> b.contains("interview.scorecard_submitted"))) {
                check(
                        received.stream().allMatch(b -> b.contains("\"interviewId\":" + interview)),
                        "a delivery for another interview: " + received);
                System.out.printf("webhooks: %d deliveries received after the restart%n", received.size());
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("pending webhooks not delivered within 4 minutes; deliveries: " + deliveries
                + "; received: " + received);
    }

    private HttpServer receiver() throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", receiverPort), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        return receiver;
    }

    // ------------------------------------------------------------------ the server

    private Process start(String what) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Process maven = new ProcessBuilder(
                        windows ? "mvnw.cmd" : "./mvnw", "-B", "-Prun", "package", "-Dparley.data.dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(
                        data.resolve("run-" + what.replace(' ', '-') + ".log").toFile())
                .start();
        Instant until = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(until)) {
            if (!maven.isAlive()) {
                throw new AssertionError("the run command ended during the " + what + "; see " + data);
            }
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(URI.create(BASE + "login.xhtml"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    System.out.println("Parley is up (" + what + ")");
                    return maven;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("Parley did not come up within " + START_TIMEOUT + " (" + what + ")");
    }

    /**
     * SIGKILL (ProcessHandle.destroyForcibly on Unix) to the Payara JVM of the run command's domain: the pid Payara
     * wrote into its domain's {@code config/pid}, or else the JVM whose command line names ASMain and the cargo
     * domain. When neither is found, the Java processes seen are printed, so that a failure says what was running.
     */
    private static long killPayara() {
        ProcessHandle payara = fromPidFile().or(CrashRecovery::fromCommandLine).orElseThrow(() -> {
            ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(true))
                    .forEach(p -> System.out.println("  seen: pid " + p.pid() + " "
                            + p.info()
                                    .commandLine()
                                    .map(c -> c.length() > 300 ? c.substring(0, 300) + "..." : c)
                                    .orElse("(command line unreadable)")));
            return new AssertionError("no Payara process of the run command found (no live pid in " + PID_FILE
                    + ", no ASMain command line)");
        });
        payara.destroyForcibly();
        payara.onExit().join();
        return payara.pid();
    }

    private static Optional<ProcessHandle> fromPidFile() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(PID_FILE).trim()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<ProcessHandle> fromCommandLine() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("ASMain") && c.contains("cargo"))
                        .orElse(false))
                .findFirst();
    }

    /** Ends the run command as Ctrl+C would (SIGTERM to Maven, which stops the container) and waits for it. */
    private static void stop(Process maven) throws InterruptedException {
        if (maven != null && maven.isAlive()) {
            maven.destroy();
            if (!maven.waitFor(120, TimeUnit.SECONDS)) {
                maven.destroyForcibly();
            }
        }
        fromPidFile().ifPresent(ProcessHandle::destroyForcibly);
        fromCommandLine().ifPresent(ProcessHandle::destroyForcibly);
    }

    // ------------------------------------------------------------------ HTTP

    private static HttpResponse<String> send(String method, String path, String user, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "api/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer demo-" + user + "-token")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> response) {
        check(
                response.statusCode() == status,
                response.request().method() + " " + response.request().uri() + " gave " + response.statusCode() + ": "
                        + response.body());
        return response.body();
    }

    private static long idOf(String body) {
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(body);
        check(m.find(), "no id in " + body);
        return Long.parseLong(m.group(1));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
