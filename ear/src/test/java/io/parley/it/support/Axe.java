package io.parley.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (Deque's {@code axe.min.js} from Maven Central, test classpath) run in the page a {@link Browser} shows.
 * The script is injected through WebDriver's script evaluation, which the page's Content-Security-Policy does not
 * govern, so nothing is added to the application.
 */
public final class Axe {

    /** WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(function (r) {
                    done({version: axe.version, passes: r.passes.length, violations: r.violations.map(function (v) {
                        return {id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.map(function (n) {
                            return {target: n.target.map(function (t) { return Array.isArray(t) ? t.join(' >>> ') : t; })
                                        .join(' | '),
                                    summary: (n.failureSummary || '').replace(/\\s+/g, ' ')};
                        })};
                    })});
                })
                .catch(function (e) { done({error: String(e)}); });
            """;

    private Axe() {}

    /** One rule broken on one page, with every element that breaks it. */
    public record Violation(String who, String page, String rule, String impact, String help, List<Node> nodes) {

        public String describe() {
            StringBuilder text = new StringBuilder()
                    .append('[')
                    .append(who)
                    .append("] ")
                    .append(page)
                    .append(": ")
                    .append(rule)
                    .append(" (")
                    .append(impact)
                    .append(") ")
                    .append(help);
            for (Node node : nodes) {
                text.append("\n      ")
                        .append(node.target())
                        .append("\n        ")
                        .append(node.summary());
            }
            return text.toString();
        }
    }

    public record Node(String target, String summary) {}

    /** What one run of axe found: its version, how many rules passed, and the violations. */
    public record Result(String version, long passes, List<Violation> violations) {}

    /** Runs axe with {@link #TAGS} on the page the browser shows; {@code who} and {@code page} label the findings. */
    @SuppressWarnings("unchecked")
    public static Result check(Browser browser, String who, String page) {
        browser.waitForAjax();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object' && !!window.axe.run;"))) {
            js.executeScript(SOURCE);
        }
        // colours in the middle of a CSS transition are no state a reader sees for long: a button PrimeFaces has just
        // enabled again after its AJAX request fades in over 0.2 s, and axe once measured it half-faded (4.1:1); every
        // running transition and animation jumps to its end first (Web Animations API, no style injected under the CSP)
        js.executeScript("document.getAnimations().forEach(a => { try { a.finish(); } catch (e) { a.cancel(); } });");
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, TAGS);
        if (result.get("error") != null) {
            throw new IllegalStateException("axe failed on " + page + ": " + result.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            List<Node> nodes = ((List<Map<String, Object>>) v.get("nodes"))
                    .stream()
                            .map(n -> new Node((String) n.get("target"), (String) n.get("summary")))
                            .toList();
            violations.add(new Violation(
                    who, page, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), nodes));
        }
        return new Result((String) result.get("version"), ((Number) result.get("passes")).longValue(), violations);
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
