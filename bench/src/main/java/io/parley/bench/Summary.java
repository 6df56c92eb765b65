package io.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * Reads the Gatling reports of one {@code bench/run} (one folder per simulation, named by the run script) and
 * writes the summary: per request the count, errors, throughput over the measured loop and p50/p95/p99; the
 * throughput of the Parley scenarios as a ratio to the ceilings; and whether the targets of docs/performance.md hold.
 *
 * <p>Arguments: the reports folder, the summary file, the number of users, the seconds each loop ran.
 */
public final class Summary {

    /** Signing in happens before the measured loop (all users meet at a rendezvous first) and is not counted. */
    private static final List<String> SIGN_IN = List.of("login page", "sign in", "sign in Redirect 1");
    private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    record Stat(String request, long total, long ko, long p50, long p95, long p99, long max) {
    }

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int users = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Map<String, List<Stat>> runs = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(reports)) {
            for (Path folder : folders.sorted().toList()) {
                Path index = folder.resolve("index.html");
                if (Files.exists(index)) {
                    runs.put(folder.getFileName().toString(), stats(Files.readString(index)));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Load benchmark summary");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%s · %d users · %d s per simulation · %d cores · Java %s · %s %s",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES), users, seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        lines.add("");
        lines.add("| run | request | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        lines.add("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var run : runs.entrySet()) {
            for (Stat s : run.getValue()) {
                if (!s.request().equals("All Requests")) {
                    lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %d | %d | %d | %d |", run.getKey(),
                            s.request(), s.total(), s.ko(), (double) s.total() / seconds, s.p50(), s.p95(), s.p99(), s.max()));
                }
            }
        }
        lines.add("");
        lines.add("## Throughput against the ceilings (flat out, no think time)");
        lines.add("");
        // the help page is measured before and after the panel pages: this machine's speed drifts by a fifth or more
        // between runs a minute apart, and the mean of both brackets the panel run better than either alone
        ratio(lines, runs, "2-panel-throughput", List.of("1-ceiling-faces", "2b-ceiling-faces-again"),
                "panel pages (My interviews, prep, agenda, scorecard, autosave)", "help page", seconds, 0.5);
        ratio(lines, runs, "4-ats-throughput", List.of("3-ceiling-jaxrs"),
                "ATS API (create, read interview, scorecards, decision)", "GET /version", seconds, 0);
        lines.add("");
        lines.add("## Latency with think time (target: p95 < 150 ms on every page)");
        lines.add("");
        for (String run : List.of("5-panel-latency", "6-ats-latency")) {
            for (Stat s : measured(runs.getOrDefault(run, List.of()))) {
                lines.add(String.format(Locale.ROOT, "- %s · %s: p50 %d ms, p95 %d ms, p99 %d ms, %d errors of %d%s", run,
                        s.request(), s.p50(), s.p95(), s.p99(), s.ko(), s.total(), s.p95() < 150 ? "" : " **(over target)**"));
            }
        }
        long errors = runs.values().stream().flatMap(List::stream).filter(s -> !s.request().equals("All Requests"))
                .mapToLong(Stat::ko).sum();
        lines.add("");
        lines.add("Errors in all runs: " + errors);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines);
    }

    private static void ratio(List<String> lines, Map<String, List<Stat>> runs, String run, List<String> ceilings,
                              String what, String ceilingName, int seconds, double target) {
        double measured = throughput(runs, run, seconds);
        List<Double> tops = ceilings.stream().filter(runs::containsKey).map(c -> throughput(runs, c, seconds))
                .filter(top -> top > 0).toList();
        if (tops.isEmpty()) {
            lines.add("- " + what + ": no ceiling measured");
            return;
        }
        double top = tops.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double ratio = measured / top;
        String each = tops.size() == 1 ? "" : tops.stream().map(t -> String.format(Locale.ROOT, "%.1f", t))
                .collect(Collectors.joining(" and ", ", the mean of ", " before and after"));
        lines.add(String.format(Locale.ROOT, "- %s: %.1f req/s = **%.2f ×** the %s (%.1f req/s%s)%s", what, measured,
                ratio, ceilingName, top, each, target > 0 ? (ratio >= target ? " (target ≥ " + target + " met)"
                        : " (**below the target " + target + "**)") : ""));
    }

    private static double throughput(Map<String, List<Stat>> runs, String run, int seconds) {
        return measured(runs.getOrDefault(run, List.of())).stream().mapToLong(Stat::total).sum() / (double) seconds;
    }

    private static List<Stat> measured(List<Stat> stats) {
        return stats.stream().filter(s -> !SIGN_IN.contains(s.request()) && !s.request().equals("All Requests")).toList();
    }

    static List<Stat> stats(String html) {
        List<Stat> stats = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Map<Integer, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            if (cells.containsKey(14)) {
                stats.add(new Stat(row.group(1).trim(), number(cells.get(2)), number(cells.get(4)), number(cells.get(8)),
                        number(cells.get(10)), number(cells.get(11)), number(cells.get(12))));
            }
        }
        return stats;
    }

    private static long number(String text) {
        return text == null || text.equals("-") ? 0 : Math.round(Double.parseDouble(text.replace(",", "")));
    }
}
