package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The kit builder in headless Chromium against the assembled EAR, as the demo users use it. */
@ExtendWith(ArquillianExtension.class)
class KitBuilderBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void hanaBuildsAKitFromScratchIsRefusedThenPublishes() {
        String name = "Platform Engineer Screen " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(base)) {
            browser.signIn("hana", "parley").open("kits/kit-list.xhtml");
            browser.type(By.id("create:newName"), name).click(By.id("create:create-button"));
            browser.waitForText(By.id("kit-status"), "Draft");
            assertEquals(name, browser.find(By.id("kit-name")).getText());

            browser.type(By.id("editor:roleFamily"), "Engineering").type(By.id("editor:stage"), "Phone screen");

            // no competency yet: publishing is refused, with the reason next to the competencies
            browser.click(By.id("editor:publish"));
            String refusal = browser.waitForText(By.id("at-competencies"), "Add at least one competency");
            assertTrue(refusal.contains("Add at least one competency"), refusal);
            assertEquals("Draft", browser.find(By.id("kit-status")).getText());
            assertEquals(
                    "Engineering",
                    browser.find(By.id("editor:roleFamily")).getAttribute("value"),
                    "the input survives the refusal");

            // a competency with one anchor missing and no question: two more reasons, each at its place
            browser.click(By.id("editor:add-competency"));
            browser.click(By.id("editor:save"));
            browser.waitForText(By.id("editor:invalid-notice"), "missing or not valid");
            assertTrue(browser.pageText().contains("Competency name is required"), "the message sits at the field");
            assertEquals("Engineering", browser.find(By.id("editor:roleFamily")).getAttribute("value"));
            browser.type(By.id("editor:competencies:0:cname"), "Incident handling");
            String[] anchors = {
                "Panics or blames others.",
                "Follows a runbook when told to.",
                "Stabilises first, then finds the cause.",
                "Leads the response and improves the system."
            };
            for (int i = 0; i < anchors.length - 1; i++) {
                browser.type(By.id("editor:competencies:0:anchors:" + i + ":anchor"), anchors[i]);
            }
            browser.click(By.id("editor:publish"));
            browser.waitForText(By.id("at-competencies-0-anchors"), "needs a behavioural anchor");
            browser.waitForText(By.id("at-competencies-0-questions"), "needs at least one question");
            assertTrue(browser.find(By.id("editor:violation-summary")).getText().contains("Publishing refused"));
            browser.screenshot("kit-editor-refused");

            // fix both and publish
            browser.type(By.id("editor:competencies:0:anchors:3:anchor"), anchors[3]);
            browser.click(By.id("editor:competencies:0:add-question"));
            browser.type(
                    By.id("editor:competencies:0:questions:0:qtext"), "Tell me about the last incident you handled.");
            browser.click(By.id("editor:publish"));
            browser.waitForText(By.id("kit-status"), "Published");
            assertTrue(browser.waitForText(By.id("editor:messages"), "is published")
                    .contains("Version 1"));
            assertFalse(browser.isPresent(By.id("editor:save")), "a published version is read-only");
            assertTrue(browser.isPresent(By.id("editor:new-version")));
            browser.screenshot("kit-editor-published");
        }
    }

    @Test
    void aSecondAdminSavingTheSameDraftGetsAConflictAndKeepsTheirInput() {
        String name = "Conflict kit " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser first = new Browser(base);
                Browser second = new Browser(base)) {
            first.signIn("hana", "parley").open("kits/kit-list.xhtml");
            first.type(By.id("create:newName"), name).click(By.id("create:create-button"));
            first.waitForText(By.id("kit-status"), "Draft");
            String editor = first.url().substring(base.toString().length());

            second.signIn("hana", "parley").open(editor);
            second.waitForText(By.id("kit-status"), "Draft");

            first.type(By.id("editor:description"), "Written by the first admin.")
                    .click(By.id("editor:save"));
            first.waitForText(By.id("editor:messages"), "Saved.");

            second.type(By.id("editor:description"), "Written by the second admin.")
                    .click(By.id("editor:save"));
            String conflict = second.waitForText(By.id("editor:messages"), "Someone else saved this");
            assertTrue(conflict.contains("hana"), conflict);
            assertEquals(
                    "Written by the second admin.",
                    second.find(By.id("editor:description")).getAttribute("value"),
                    "the second admin's input is kept");

            first.open(editor);
            assertEquals(
                    "Written by the first admin.",
                    first.find(By.id("editor:description")).getAttribute("value"),
                    "nothing was overwritten");
        }
    }

    @Test
    void theDemoKitOpensReadOnlyInTheEditor() {
        try (Browser browser = new Browser(base)) {
            browser.signIn("hana", "parley").open("kits/kit-list.xhtml");
            browser.type(By.id("search:query"), "Backend Engineer").click(By.id("search:search-button"));
            browser.click(By.linkText("Backend Engineer \u2013 Onsite"));
            browser.waitForText(By.id("kit-status"), "Published");
            assertEquals(
                    "System design",
                    browser.find(By.id("editor:competencies:0:cname")).getAttribute("value"));
            assertEquals(
                    "Your questions for us",
                    browser.find(By.id("editor:agenda:5:title")).getAttribute("value"));
            assertFalse(browser.find(By.id("editor:competencies:0:cname")).isEnabled(), "read-only inputs");
            browser.screenshot("kit-editor");
        }
    }

    @Test
    void anInterviewerCannotReachTheKitBuilder() {
        try (Browser browser = new Browser(base)) {
            browser.signIn("ines", "parley");
            assertFalse(browser.isPresent(By.id("nav-kits")), "no kit builder in the navigation");
            browser.open("kits/kit-list.xhtml");
            assertTrue(browser.pageText().contains("Your role does not allow this page"), browser.pageText());
            assertFalse(browser.isPresent(By.id("kits:table")));

            browser.open("").click(By.id("signout:signout-button"));
            assertTrue(browser.waitForText(By.tagName("body"), "You are signed out.")
                    .contains("Sign in"));
            browser.open("kits/kit-list.xhtml");
            assertTrue(browser.url().contains("login.xhtml"), "signed out means signed out: " + browser.url());
        }
    }
}
