package io.parley.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenLDAP server (Debian's {@code slapd}) for the LDAP sign-in tests: a configuration and a test tree
 * ({@code src/test/resources/ldap}) loaded with {@code slapadd} into {@code target/slapd}, then {@code slapd} in the
 * foreground on a free port of 127.0.0.1, stopped by {@link #close()}. {@code .ci/run} installs the package when it
 * is missing, as it does Chromium; without it the LDAP tests fail saying so.
 */
public final class Slapd implements AutoCloseable {

    public static final String SUFFIX = "dc=parley,dc=test";
    public static final String READER_DN = "cn=reader,ou=services," + SUFFIX;
    public static final String READER_PASSWORD = "reader-secret";
    public static final String ADMIN_DN = "cn=admin," + SUFFIX;
    public static final String ADMIN_PASSWORD = "admin-secret";

    private static final Path SLAPD = Paths.get("/usr/sbin/slapd");
    private static final Path SLAPADD = Paths.get("/usr/sbin/slapadd");

    private final Process process;
    private final int port;

    private Slapd(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a fresh directory with the test tree. */
    public static Slapd start() {
        if (!Files.isExecutable(SLAPD) || !Files.isExecutable(SLAPADD)) {
            throw new IllegalStateException("Debian's slapd is not installed: .ci/run installs it (apt-get install"
                    + " slapd with debconf slapd/no_configuration=true), see README.md");
        }
        try {
            Path dir = Paths.get("target", "slapd").toAbsolutePath();
            deleteRecursively(dir);
            Files.createDirectories(dir.resolve("data"));
            Path conf = dir.resolve("slapd.conf");
            String template = resource("ldap/slapd.conf.template");
            Files.writeString(conf, template.replace("@DIR@", dir.toString()), StandardCharsets.UTF_8);
            Path tree = dir.resolve("tree.ldif");
            Files.writeString(tree, resource("ldap/tree.ldif"), StandardCharsets.UTF_8);
            run(List.of(SLAPADD.toString(), "-f", conf.toString(), "-l", tree.toString()), dir.resolve("slapadd.log"));
            int port = freePort();
            Process slapd = new ProcessBuilder(
                            SLAPD.toString(), "-f", conf.toString(), "-h", "ldap://127.0.0.1:" + port + "/", "-d", "0")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("slapd.log").toFile())
                    .start();
            Slapd server = new Slapd(slapd, port);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + port;
    }

    /** The settings that point a deployment at this directory, groups mapped as the test tree names them. */
    public List<String> settings() {
        return List.of(
                "parley.identity=ldap",
                "parley.ldap.url=" + url(),
                "parley.ldap.bind-dn=" + READER_DN,
                "parley.ldap.bind-password=" + READER_PASSWORD,
                "parley.ldap.user-base-dn=ou=people," + SUFFIX,
                "parley.ldap.group-base-dn=ou=groups," + SUFFIX,
                "parley.roles.hr-admin=parley-hr",
                "parley.roles.interviewer=parley-interviewers, Panel Pool");
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("slapd stopped at once: see target/slapd/slapd.log");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("slapd did not listen on port " + port + " within 20 s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (var in = Slapd.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
