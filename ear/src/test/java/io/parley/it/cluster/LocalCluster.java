package io.parley.it.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local cluster as its scripts in {@code ops/cluster} (system property {@code parley.cluster.ops}) show and change
 * it: which instances run with which process, killing one, and {@code up} to start again what died.
 */
final class LocalCluster {

    /** One line of {@code ops/cluster/status}: {@code NAME HTTP_PORT PID STATE}. */
    record Instance(String name, int httpPort, long pid, String state) {
        boolean running() {
            return "running".equals(state);
        }
    }

    private final Path ops;

    LocalCluster(Path ops) {
        this.ops = ops.toAbsolutePath().normalize();
    }

    /** The Payara instances by name (status also lists the DAS and haproxy, left out here). */
    Map<String, Instance> instances() {
        Map<String, Instance> instances = new LinkedHashMap<>();
        for (String line : run(Duration.ofSeconds(60), "status").split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4 && !f[0].equals("das") && !f[0].equals("haproxy")) {
                instances.put(
                        f[0],
                        new Instance(f[0], Integer.parseInt(f[1]), f[2].equals("-") ? 0 : Long.parseLong(f[2]), f[3]));
            }
        }
        return instances;
    }

    /** {@code kill -9} of the process, and waits until it is gone. */
    void kill(Instance instance) {
        exec(Duration.ofSeconds(10), List.of("kill", "-9", Long.toString(instance.pid())));
        ProcessHandle.of(instance.pid())
                .ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** {@code ops/cluster/up}: starts whatever is not running and returns when the load balancer serves again. */
    String up() {
        return run(Duration.ofMinutes(6), "up");
    }

    /**
     * The instances, when there are at least two and all of them run: what every cluster test needs (else it fails, saying to run
     * {@code ops/cluster/up}).
     */
    Map<String, Instance> requireRunning() {
        Map<String, Instance> instances = instances();
        if (instances.size() < 2 || !instances.values().stream().allMatch(Instance::running)) {
            throw new AssertionError("the test needs the local cluster with its instances running (ops/cluster/up): "
                    + instances.values());
        }
        return instances;
    }

    /**
     * {@code up} at the end of a test that may have stopped an instance, so that the next test finds the cluster whole;
     * when it fails, its failure is added to the test's own ({@code failure}, or thrown when there is none).
     */
    void upAfter(Throwable failure) {
        long start = System.nanoTime();
        try {
            up();
            System.out.printf("ops/cluster/up took %.1f s%n", (System.nanoTime() - start) / 1e9);
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** {@code asadmin} of the local cluster's DAS (admin port 14848, as in ops/cluster/common.sh). */
    String asadmin(String... arguments) {
        List<String> command = new ArrayList<>(
                List.of(ops.resolve(".work/payara6/bin/asadmin").toString(), "--interactive=false", "--port", "14848"));
        command.addAll(List.of(arguments));
        return exec(Duration.ofMinutes(3), command);
    }

    /** Sets system properties of the instances' configuration {@code parley-config} (read when they start). */
    void configure(Map<String, String> properties) {
        properties.forEach((name, value) -> asadmin(
                "create-system-properties",
                "--target",
                "parley-config",
                name + "=" + value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=")));
    }

    /** A system property of {@code parley-config}, or {@code otherwise} when it is not set there. */
    String setting(String name, String otherwise) {
        return asadmin("list-system-properties", "parley-config")
                .lines()
                .filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1).trim())
                .findFirst()
                .orElse(otherwise);
    }

    /** Removes those system properties from {@code parley-config}; a missing one is no error. */
    void unconfigure(Collection<String> names) {
        String domain = asadmin("list-system-properties", "parley-config");
        for (String name : names) {
            if (domain.contains(name + "=")) {
                asadmin("delete-system-property", "--target", "parley-config", name);
            }
        }
    }

    /**
     * Reloads the application on the instances that run ({@code disable} and {@code enable} on the deployment group:
     * about 15 s, against about 35 s per instance for a restart), then {@code up} starts an instance that is not
     * running. The configuration's system properties reach running instances at once; the application reads the
     * settings it keeps (the sign-in source) when it is loaded.
     */
    String reloadApplication() {
        List<String> applications = asadmin("list-applications", "parley-dg")
                .lines()
                .map(line -> line.trim().split("\\s+")[0])
                .filter(name -> name.equals("parley") || name.startsWith("parley-"))
                .toList();
        if (applications.isEmpty()) {
            throw new IllegalStateException("no parley application on parley-dg (ops/cluster/up)");
        }
        for (String application : applications) {
            asadmin("disable", "--target", "parley-dg", application);
            asadmin("enable", "--target", "parley-dg", application);
        }
        return up();
    }

    /**
     * {@code ops/cluster/redeploy}: a rolling redeploy of {@code ear/target/parley.ear}, one instance at a time;
     * returns its output (a line per step with the time it took, the last one naming the new application).
     */
    String redeploy() {
        return run(Duration.ofMinutes(25), "redeploy"); // an instance start took up to 8.5 min on a busy host
    }

    private String run(Duration timeout, String script) {
        return exec(timeout, List.of(ops.resolve(script).toString()));
    }

    private static String exec(Duration timeout, List<String> command) {
        try {
            // output into a file, not a pipe: what up starts (Payara, haproxy) may keep a pipe open after up ends
            Path log = Files.createTempFile("cluster-", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (!finished) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + timeout + ":\n" + output);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (" + process.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
