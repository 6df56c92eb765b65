package io.parley.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.cluster.LocalCluster.Instance;
import io.parley.it.support.Browser;
import io.parley.it.support.CompanyProvider;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 20's fail-over "the same for a session signed in through company sign-in": the cluster's instances are
 * switched to {@code parley.identity=oidc} (the application reloaded) against a real OpenID Connect provider in this JVM
 * ({@link CompanyProvider}); a person signs in there (an hr-admin by their group), works on the kit list, and the
 * instance serving them is killed ({@code kill -9}). On the other instance they are still signed in, with the same
 * name and roles, a Faces postback of the view the dead instance rendered works, and signing out works. At the end the
 * instances go back to the login form (the other cluster tests sign in with it).
 */
class ClusterOpenIdFailoverIT {

    private static final String BASE = System.getProperty("parley.cluster.url", "http://localhost:8080/parley/");
    private static final Path OPS = Path.of(System.getProperty("parley.cluster.ops", "../ops/cluster"));

    /** What a dead end after fail-over shows. */
    private static final List<String> ERRORS =
            List.of("Page expired", "Something went wrong", "Not allowed", "No access to Parley", "Sign in with");

    @Test
    void aPersonSignedInThroughTheCompanyGoesOnWhenTheirInstanceIsKilled() throws Exception {
        LocalCluster cluster = new LocalCluster(OPS);
        cluster.requireRunning();
        Map<String, String> oidc = new LinkedHashMap<>();
        Throwable failure = null;
        try (CompanyProvider provider = new CompanyProvider()) {
            oidc.put("parley.identity", "oidc");
            oidc.put("parley.oidc.issuer", provider.issuer());
            oidc.put("parley.oidc.client-id", "parley");
            oidc.put("parley.oidc.client-secret", "parley-cluster-test-secret");
            oidc.put("parley.roles.hr-admin", "Parley HR");
            oidc.put("parley.roles.interviewer", "Engineering");
            long start = System.nanoTime();
            cluster.configure(oidc);
            cluster.reloadApplication();
            log("the application reloaded with company sign-in in %.1f s", (System.nanoTime() - start) / 1e9);
            scenario(cluster, provider, URI.create(BASE).toURL());
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            restore(cluster, oidc, failure);
        }
    }

    private static void scenario(LocalCluster cluster, CompanyProvider provider, URL base) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String username = "oi-" + tag;
        String name = "Olga " + tag;
        try (Browser olga = new Browser(base)) {
            olga.open("kits/kit-list.xhtml");
            await(olga, "the provider's login page", () -> olga.url().startsWith(provider.origin()));
            olga.type(By.name("username"), username);
            olga.type(
                    By.name("claims"),
                    "{\"preferred_username\":\"" + username + "\",\"name\":\"" + name + "\",\"email\":\"" + username
                            + "@example.com\",\"groups\":[\"Parley HR\"]}");
            olga.find(By.cssSelector("input[type=submit]")).click();
            await(olga, "the kit list", () -> olga.url().startsWith(base + "kits/kit-list.xhtml"));
            assertSignedIn(olga, name, "before the kill");

            String victimName = Sticky.node(olga);
            Instance victim = cluster.instances().get(victimName);
            assertNotNull(victim, "haproxy's cookie names an instance of ops/cluster/status: " + victimName);
            cluster.kill(victim);
            long killed = System.nanoTime();
            log("killed %s (pid %d), the instance serving %s", victim.name(), victim.pid(), username);

            // a postback of the search form the dead instance rendered, on the other instance
            olga.type(By.id("search:query"), "backend");
            olga.click(By.id("search:search-button"));
            await(olga, "the kit list's answer", () -> olga.pageText().contains("Backend"));
            String survivor = Sticky.node(olga);
            assertNotEquals(victimName, survivor, "the postback after the kill was served by another instance");
            assertNoDeadEnd(olga, "after the postback on " + survivor);
            assertSignedIn(olga, name, "after the kill");
            log("%s went on on %s %.1f s after the kill", username, survivor, (System.nanoTime() - killed) / 1e9);

            olga.driver().navigate().refresh();
            assertNoDeadEnd(olga, "after a reload");
            assertSignedIn(olga, name, "after a reload");

            olga.click(By.id("signout:signout-button"));
            await(
                    olga,
                    "the page after signing out",
                    () -> !olga.isPresent(By.id("user-name")) && !olga.url().contains("kits/kit-list.xhtml"));
            assertFalse(olga.pageText().contains("Something went wrong"), "signing out: " + olga.pageText());
            olga.open("kits/kit-list.xhtml");
            await(olga, "the provider again", () -> olga.url().startsWith(provider.origin()));
        }
    }

    private static void assertSignedIn(Browser browser, String name, String when) {
        assertEquals(name, browser.find(By.id("user-name")).getText(), when);
        assertEquals("HR admin", browser.find(By.cssSelector(".user-roles")).getText(), when);
        assertTrue(browser.isPresent(By.id("search:query")), when + ": the hr-admin's kit list");
    }

    private static void assertNoDeadEnd(Browser browser, String when) {
        browser.waitForAjax();
        assertTrue(browser.url().contains("kits/kit-list.xhtml"), when + ": left the page for " + browser.url());
        String text = browser.title() + "\n" + browser.pageText();
        for (String error : ERRORS) {
            assertFalse(text.contains(error), when + ": the page shows '" + error + "':\n" + text);
        }
    }

    private static void await(Browser browser, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> condition.getAsBoolean());
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "waited for " + what + "; the browser is at " + browser.url() + ":\n" + browser.pageText(), e);
        }
    }

    /** The login form again, and both instances running: what the next cluster test expects. */
    private static void restore(LocalCluster cluster, Map<String, String> oidc, Throwable failure) {
        long start = System.nanoTime();
        try {
            cluster.unconfigure(oidc.keySet());
            cluster.reloadApplication();
            log("back to the login form in %.1f s", (System.nanoTime() - start) / 1e9);
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("ClusterOpenIdFailoverIT: " + String.format(format, args));
    }
}
