package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Axe;
import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import io.parley.it.support.Keyboard;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The people page in a browser (database mode, the demo's hr-admin hana): a local user created under the password
 * policy signs in; a bookmarked search; a password reset; retiring a panel member of an open interview ends their
 * session and shows the interview's lead that they left and what is pending; the ATS cannot seat them again. The
 * pages it reaches are checked with axe-core, and the search is done with the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleBrowserIT {

    private static final String FIRST_PASSWORD = "violet-anchor-harbour-7";
    private static final String SECOND_PASSWORD = "quiet-lantern-meadow-42";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static String tag() {
        return "b"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 9).replaceAll("[0-9]", "k");
    }

    private static void noViolations(Browser browser, String who, String page) {
        Axe.Result result = Axe.check(browser, who, page);
        assertTrue(result.passes() > 5, "axe checked next to nothing on " + page);
        assertEquals(
                List.of(),
                result.violations().stream().map(Axe.Violation::describe).toList(),
                "WCAG 2.1 AA on " + page);
    }

    /** hana creates an interviewer on the people page; a weak password is refused next to the field first. */
    private static void create(Browser hana, String username, String name) {
        hana.open("admin/people.xhtml");
        hana.type(By.id("create:new-username"), username)
                .type(By.id("create:new-name"), name)
                .type(By.id("create:new-email"), username + "@example.com")
                .type(By.id("create:new-password"), "parleyparley");
        hana.click(By.xpath("//label[normalize-space()='Interviewer']"));
        hana.click(By.id("create:create-button"));
        hana.waitForText(By.id("create"), "too easy to guess");
        noViolations(hana, "hana", "admin/people.xhtml (password refused)");
        hana.type(By.id("create:new-password"), FIRST_PASSWORD).click(By.id("create:create-button"));
        hana.waitForText(By.id("messages"), "can now sign in");
    }

    @Test
    void hanaCreatesAnInterviewerWhoSignsInAndFindsThemByABookmarkedSearch() {
        String tag = tag();
        String username = tag + "-new";
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            hana.click(By.id("nav-people"));
            hana.find(By.id("people-form:table"));
            noViolations(hana, "hana", "admin/people.xhtml");
            create(hana, username, "Nova " + tag);

            hana.type(By.id("search:q"), tag).click(By.id("search:search-button"));
            hana.waitForText(By.id("people-form:table"), "Nova " + tag);
            assertTrue(hana.url().contains("q=" + tag), "the search is in the address: " + hana.url());

            hana.open("admin/people.xhtml?q=" + tag + "&role=interviewer&status=ACTIVE&source=LOCAL");
            String table = hana.waitForText(By.id("people-form:table"), "Nova " + tag);
            assertTrue(table.contains("Interviewer") && table.contains("Never"), table);
            noViolations(hana, "hana", "admin/people.xhtml (filtered)");
            hana.open("admin/people.xhtml?q=" + tag + "&status=RETIRED");
            hana.waitForText(By.id("people-form:table"), "Nobody matches");
            hana.open("admin/people.xhtml?q=" + tag + "&role=no-such-role&status=whatever");
            hana.waitForText(By.id("people-form:table"), "Nova " + tag);
        }
        try (Browser nova = new Browser(base)) {
            nova.signIn(username, FIRST_PASSWORD);
            nova.find(By.id("my-interviews"));
            assertFalse(nova.isPresent(By.id("nav-people")), "the people page is for hr-admins");
            nova.open("admin/people.xhtml");
            assertFalse(nova.isPresent(By.id("people-form:table")), "an interviewer does not see people");
        }
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        String tag = tag();
        String username = tag + "-pw";
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            create(hana, username, "Pia " + tag);
            hana.open("admin/person.xhtml?username=" + username);
            hana.type(By.id("password-form:new-password"), "short").click(By.id("password-form:reset-password"));
            hana.waitForText(By.id("password-form"), "at least 12 characters");
            hana.type(By.id("password-form:new-password"), SECOND_PASSWORD)
                    .click(By.id("password-form:reset-password"));
            hana.waitForText(By.id("person-form:messages"), "password of Pia " + tag + " is changed");
            noViolations(hana, "hana", "admin/person.xhtml (local user)");
        }
        try (Browser pia = new Browser(base)) {
            pia.open("");
            pia.type(By.id("login:username"), username).type(By.id("login:password"), FIRST_PASSWORD);
            pia.click(By.id("login:submit"));
            pia.find(By.cssSelector("#login\\:messages .ui-messages-error"));
            assertTrue(pia.url().contains("login.xhtml"), "the old password no longer works: " + pia.url());
        }
        try (Browser pia = new Browser(base)) {
            pia.signIn(username, SECOND_PASSWORD).find(By.id("my-interviews"));
        }
    }

    @Test
    void retiringAPanelMemberEndsTheirSessionAndTellsTheLeadWhatIsPending() {
        String tag = tag();
        String username = tag + "-gone";
        ApiClient api = new ApiClient(base);
        try (Browser hana = new Browser(base);
                Browser leaver = new Browser(base);
                Browser max = new Browser(base)) {
            hana.signIn("hana", "parley");
            create(hana, username, "Gale " + tag);
            HttpResponse<String> planned = api.send(
                    "POST",
                    "interviews",
                    "demo-ats-token",
                    ApiClient.interviewJson(
                            "Lee Left " + tag,
                            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0),
                            "[{\"userId\":\"max\",\"lead\":true},{\"userId\":\"" + username + "\",\"lead\":false}]"));
            assertEquals(201, planned.statusCode(), planned.body());
            long id = ApiClient.idOf(planned.body());
            leaver.signIn(username, FIRST_PASSWORD).find(By.id("my-interviews"));

            hana.open("admin/person.xhtml?username=" + username);
            assertEquals("1", hana.find(By.id("person-open-seats")).getText());
            hana.click(By.id("person-form:retire"));
            hana.click(By.cssSelector(".ui-confirmdialog-yes"));
            hana.waitForText(By.id("person-status"), "Retired");
            hana.waitForText(By.id("person-form:messages"), "can no longer sign in");
            noViolations(hana, "hana", "admin/person.xhtml (retired)");
            hana.open("admin/person.xhtml?username=hana");
            hana.find(By.id("person-form:self-note"));
            assertFalse(hana.isPresent(By.id("person-form:retire")), "no retire button on one's own page");

            leaver.open("");
            assertTrue(leaver.url().contains("no-access.xhtml"), "the session ended at once: " + leaver.url());

            max.signIn("max", "parley").open("interviews/interview.xhtml?id=" + id);
            String notice = max.find(By.id("interview-actions:panel-departed")).getText();
            assertTrue(
                    notice.contains("Gale " + tag + " has left Parley")
                            && notice.contains("their answer to the agenda and their scorecard"),
                    notice);
            noViolations(max, "max", "interviews/interview.xhtml (a panel member left)");

            HttpResponse<String> again = api.send(
                    "POST",
                    "interviews",
                    "demo-ats-token",
                    ApiClient.interviewJson(
                            "Lee Again " + tag,
                            OffsetDateTime.now(ZoneOffset.UTC).plusDays(31).withNano(0),
                            "[{\"userId\":\"max\",\"lead\":true},{\"userId\":\"" + username + "\",\"lead\":false}]"));
            ApiClient.assertProblem(again, 422);
            assertTrue(again.body().contains(username), "the problem names the id: " + again.body());

            hana.open("admin/person.xhtml?username=" + username);
            hana.click(By.id("person-form:reactivate"));
            hana.click(By.cssSelector(".ui-confirmdialog-yes"));
            hana.waitForText(By.id("person-status"), "Active");
            max.open("interviews/interview.xhtml?id=" + id);
            max.find(By.id("interview-status"));
            assertFalse(max.isPresent(By.id("interview-actions:panel-departed")), "back, so nothing to tell");
        }
    }

    @Test
    void hanaSearchesAndRetiresWithTheKeyboardOnly() {
        String tag = tag();
        String username = tag + "-key";
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            create(hana, username, "Kai " + tag);
            hana.open("admin/people.xhtml");
            Keyboard keys = new Keyboard(hana);
            keys.tabTo("the search field", e -> "search:q".equals(e.getAttribute("id")))
                    .type(tag)
                    .press(Keys.ENTER);
            hana.waitForText(By.id("people-form:table"), "Kai " + tag);
            keys.tabTo(
                            "the person's link",
                            e -> "a".equals(e.getTagName())
                                    && e.getAttribute("href").contains("username=" + username))
                    .press(Keys.ENTER);
            // PrimeFaces' cell navigation swallowed Enter on a link in a cell (it triggers a jQuery click, which
            // does not follow links, and prevents the default): the table has cellNavigation="false"
            hana.waitForText(By.id("person-name"), "Kai " + tag);
            keys.tabTo("Retire", e -> "person-form:retire".equals(e.getAttribute("id")))
                    .press(Keys.ENTER);
            keys.tabTo(
                            "Yes",
                            e -> e.getAttribute("class") != null
                                    && e.getAttribute("class").contains("ui-confirmdialog-yes"))
                    .press(Keys.ENTER);
            hana.waitForText(By.id("person-status"), "Retired");
        }
    }

    /**
     * A postback whose view the server no longer has (as after a fail-over to a server the view never reached) reopens
     * the same page, search included, with a notice and with what hana had typed filled in again, and the form then
     * works: never the "page expired" dead end. The password is not kept (she types it again).
     */
    @Test
    void aFormWhoseViewIsGoneOpensAgainWithWhatWasTyped() {
        String tag = tag();
        String username = tag + "-gone";
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            hana.open("admin/people.xhtml?q=" + tag);
            hana.type(By.id("create:new-username"), username)
                    .type(By.id("create:new-name"), "Gwen " + tag)
                    .type(By.id("create:new-email"), username + "@example.com")
                    .type(By.id("create:new-password"), FIRST_PASSWORD);
            hana.click(By.xpath("//label[normalize-space()='Interviewer']"));
            hana.script("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                    + ".forEach(function (e) { e.value = '-4242:-4242'; });");
            hana.click(By.id("create:create-button"));

            hana.waitForText(By.id("page-restored"), "had to be opened again");
            assertTrue(hana.find(By.id("page-restored")).isDisplayed(), "the notice shows");
            assertFalse(hana.pageText().contains("Page expired"), hana.pageText());
            assertTrue(hana.url().endsWith("admin/people.xhtml?q=" + tag), "the same page, flag gone: " + hana.url());
            assertEquals(username, hana.find(By.id("create:new-username")).getAttribute("value"));
            assertEquals("Gwen " + tag, hana.find(By.id("create:new-name")).getAttribute("value"));
            assertEquals(
                    username + "@example.com",
                    hana.find(By.id("create:new-email")).getAttribute("value"));
            assertTrue(
                    hana.find(By.xpath("//label[normalize-space()='Interviewer']/preceding-sibling::input"))
                            .isSelected(),
                    "the role ticked before");
            assertEquals("", hana.find(By.id("create:new-password")).getAttribute("value"), "never a password");
            noViolations(hana, "hana", "admin/people.xhtml (opened again)");

            hana.type(By.id("create:new-password"), FIRST_PASSWORD).click(By.id("create:create-button"));
            hana.waitForText(By.id("messages"), "can now sign in");
        }
    }
}
