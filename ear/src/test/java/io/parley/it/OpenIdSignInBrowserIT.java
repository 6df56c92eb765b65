package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Axe;
import io.parley.it.support.Browser;
import io.parley.it.support.CompanyProvider;
import io.parley.it.support.CompanyProvider.Forgery;
import io.parley.it.support.Deployments;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import okhttp3.mockwebserver.RecordedRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code parley.identity=oidc} against a real OpenID Connect provider ({@link CompanyProvider}, started before the
 * deployment is built so its address can go into the EAR's settings): people sign in on the provider's page and come
 * back to the page they asked for with the roles their groups give; someone in no Parley group gets the no-access page;
 * signing out ends Parley's and the provider's session; an ID token signed with another key is refused.
 */
@ExtendWith(ArquillianExtension.class)
class OpenIdSignInBrowserIT {

    private static CompanyProvider provider;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        provider = new CompanyProvider();
        return Deployments.ear(List.of(
                "parley.identity=oidc",
                "parley.oidc.issuer=" + provider.issuer(),
                "parley.oidc.client-id=parley",
                "parley.oidc.client-secret=parley-test-secret",
                "parley.roles.hr-admin=Parley HR",
                "parley.roles.interviewer=Parley Interviewers,Engineering",
                // as for a portal on another site that frames Parley (Chrome keeps Secure cookies on http://localhost)
                "parley.csp.frame-ancestors='self' https://portal.example.com",
                "parley.session.cookie-same-site=None"));
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @ArquillianResource
    private URL base;

    /** Signs in on the provider's page, which the browser must be on, as {@code username} with these claims. */
    private static void signInAtProvider(Browser browser, String username, String claimsJson) {
        await(browser, "the provider's login page", () -> browser.url().startsWith(provider.origin()));
        browser.type(By.name("username"), username);
        browser.type(By.name("claims"), claimsJson);
        browser.find(By.cssSelector("input[type=submit]")).click();
    }

    private static String claims(String username, String name, String... groups) {
        String list = String.join("\",\"", groups);
        return "{\"preferred_username\":\"" + username + "\",\"name\":\"" + name + "\",\"email\":\"" + username
                + "@example.com\",\"groups\":[" + (groups.length == 0 ? "" : "\"" + list + "\"") + "]}";
    }

    private static void await(Browser browser, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "waited for " + what + "; the browser is at " + browser.url() + ":\n" + browser.pageText(), e);
        }
    }

    private long planInterview(String candidate) {
        String body = "{\"candidate\":{\"externalId\":\"" + UUID.randomUUID() + "\",\"name\":\"" + candidate + "\","
                + "\"email\":\"c@example.com\"},\"job\":{\"externalId\":\"job-1\",\"title\":\"Backend Engineer\"},"
                + "\"kitKey\":\"backend-engineer-onsite\",\"startsAt\":\"2032-01-12T10:00:00+01:00\","
                + "\"durationMinutes\":105,\"location\":\"Room 1\",\"panel\":[{\"userId\":\"max\",\"lead\":true},"
                + "{\"userId\":\"ines\",\"lead\":false},{\"userId\":\"omar\",\"lead\":false}]}";
        HttpResponse<String> created = new ApiClient(base).send("POST", "interviews", "demo-ats-token", body);
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.idOf(created.body());
    }

    @Test
    void aDeepLinkLeadsThroughTheProviderToThePageWithTheRoleTheGroupsGive() {
        String candidate = "Robin Deeplink " + UUID.randomUUID().toString().substring(0, 6);
        long id = planInterview(candidate);
        try (Browser kim = new Browser(base)) {
            kim.open("interviews/interview.xhtml?id=" + id);
            signInAtProvider(kim, "kim", claims("kim", "Kim Novak", "Parley HR", "Sales"));
            await(kim, "the deep-linked interview", () -> kim.url().startsWith(base + "interviews/interview.xhtml"));
            assertEquals(base + "interviews/interview.xhtml?id=" + id, kim.url());
            assertTrue(kim.pageText().contains(candidate), kim.pageText());
            assertEquals("Kim Novak", kim.find(By.id("user-name")).getText());
            assertTrue(kim.isPresent(By.id("nav-kits")), "the group 'Parley HR' gives hr-admin");

            kim.click(By.id("nav-kits"));
            assertTrue(kim.url().contains("/kits/"), kim.url());
            assertFalse(kim.pageText().contains("not allowed"), kim.pageText());
        }
    }

    @Test
    void theSameProviderGroupsGiveAnotherPersonOnlyTheirRole() {
        try (Browser lou = new Browser(base)) {
            lou.open("");
            signInAtProvider(lou, "lou", claims("lou", "Lou Reed", "Engineering"));
            await(
                    lou,
                    "Parley's start page",
                    () -> lou.url().startsWith(base.toString()) && lou.isPresent(By.id("user-name")));
            assertFalse(lou.isPresent(By.id("nav-kits")), "'Engineering' gives interviewer, not hr-admin");
            lou.open("kits/kit-list.xhtml");
            assertFalse(lou.isPresent(By.id("search:query")), "an interviewer does not get the kit list");
        }
    }

    @Test
    void theSessionCookieCanGoAlongIntoAPortalOnAnotherSite() throws Exception {
        HttpResponse<Void> toProvider = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.toURI()).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, toProvider.statusCode());
        assertTrue(toProvider.headers().firstValue("Location").orElse("").startsWith(provider.origin()));
        String cookie = toProvider.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + toProvider.headers()));
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=none"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void someoneInNoParleyGroupIsToldTheyHaveNoAccess() {
        try (Browser sam = new Browser(base)) {
            sam.open("");
            signInAtProvider(sam, "sam", claims("sam", "Sam Sales", "Sales"));
            await(sam, "the no-access page", () -> sam.url().contains("no-access.xhtml"));
            assertTrue(sam.pageText().contains("none of the groups"), sam.pageText());
            assertEquals(List.of(), Axe.check(sam, "sam", "no-access").violations());

            sam.open("");
            await(sam, "the provider again (no Parley session)", () -> sam.url().startsWith(provider.origin()));
        }
    }

    @Test
    void signingOutEndsParleysSessionAndTheProvidersSession() {
        try (Browser ada = new Browser(base)) {
            ada.open("");
            signInAtProvider(ada, "ada", claims("ada", "Ada Lovelace", "Parley Interviewers"));
            await(ada, "Parley's start page", () -> ada.isPresent(By.id("user-name")));
            provider.forgetRequests();

            ada.click(By.id("signout:signout-button"));
            RecordedRequest endSession = provider.request(r -> r.getPath().contains("/endsession"))
                    .orElseThrow(() -> new AssertionError("Parley did not send the browser to end_session_endpoint"));
            assertTrue(endSession.getPath().contains("id_token_hint="), endSession.getPath());
            assertTrue(endSession.getPath().contains("post_logout_redirect_uri="), endSession.getPath());
            await(ada, "Parley's login page after the provider", () -> ada.url().startsWith(base + "login.xhtml"));
            assertTrue(ada.isPresent(By.id("company-sign-in")), "a company sign-in, not a password form");
            assertFalse(ada.isPresent(By.id("login:password")));
            assertEquals(List.of(), Axe.check(ada, "signed out", "login").violations());

            ada.click(By.id("company-sign-in"));
            await(ada, "the provider's login page again", () -> ada.url().startsWith(provider.origin()));
        }
    }

    @Test
    void anIdTokenSignedWithAnotherKeyIsRefused() {
        refused("eve", Forgery.OTHER_KEY);
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() {
        refused("mallory", Forgery.OTHER_AUDIENCE);
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        refused("trent", Forgery.EXPIRED);
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() {
        refused("oscar", Forgery.OTHER_ISSUER);
    }

    /** Someone whose groups would give hr-admin, with a falsified ID token: no session, a sign-in-failed page. */
    private void refused(String username, Forgery forgery) {
        provider.forgeIdTokens(forgery);
        try (Browser browser = new Browser(base)) {
            browser.open("");
            signInAtProvider(browser, username, claims(username, "Forged " + forgery, "Parley HR"));
            await(browser, "the sign-in failed page", () -> browser.url().contains("no-access.xhtml?reason=failed"));
            assertTrue(browser.pageText().contains("did not work"), browser.pageText());
            assertFalse(browser.isPresent(By.id("user-name")));

            provider.forgeIdTokens(Forgery.NONE);
            browser.open("profile.xhtml");
            await(
                    browser,
                    "the provider again (no Parley session)",
                    () -> browser.url().startsWith(provider.origin()));
        } finally {
            provider.forgeIdTokens(Forgery.NONE);
        }
    }
}
