package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A personal API token from the profile page: shown once, works on the API, and stops working when revoked. */
@ExtendWith(ArquillianExtension.class)
class TokenBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private int meWith(String token) {
        return statusWith("api/v1/me", token);
    }

    private int statusWith(String path, String token) {
        try {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .header("Authorization", "Bearer " + token)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void inesCreatesUsesAndRevokesAPersonalToken() {
        try (Browser ines = new Browser(base)) {
            ines.signIn("ines", "parley").click(By.id("profile"));
            assertFalse(ines.isPresent(By.id("ats-heading")), "only hr-admins manage ATS tokens");
            assertFalse(ines.isPresent(By.id("scim-heading")), "only hr-admins manage SCIM tokens");
            ines.type(By.id("tokens:personalName"), "My calendar script").click(By.id("tokens:issue-personal"));
            String secret = ines.find(By.id("secret")).getText();
            assertTrue(secret.startsWith("prl_") && secret.length() > 40, secret);
            assertEquals(200, meWith(secret));
            assertTrue(ines.find(By.id("tokens:personal")).getText().contains("My calendar script"));

            ines.open("profile.xhtml");
            assertFalse(ines.pageText().contains(secret), "the secret is shown only once");
            assertTrue(ines.find(By.id("tokens:personal")).getText().contains("My calendar script"));

            ines.click(By.xpath("//tr[contains(., 'My calendar script')]//button[contains(@id, 'revoke')]"));
            ines.click(By.cssSelector(".ui-confirmdialog-yes"));
            ines.waitForText(By.id("tokens:messages"), "revoked");
            assertEquals(401, meWith(secret));
        }
    }

    @Test
    void hanaCreatesAnAtsToken() {
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley").open("profile.xhtml");
            hana.type(By.id("tokens:atsName"), "Workday test").click(By.id("tokens:issue-ats"));
            String secret = hana.find(By.id("secret")).getText();
            assertEquals(200, meWith(secret));
            assertTrue(hana.find(By.id("tokens:ats")).getText().contains("Workday test"));
        }
    }

    @Test
    void hanaCreatesAScimTokenThatReachesScimOnly() {
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley").open("profile.xhtml");
            hana.type(By.id("tokens:scimName"), "Entra provisioning").click(By.id("tokens:issue-scim"));
            String secret = hana.find(By.id("secret")).getText();
            assertEquals(200, statusWith("scim/v2/Users?count=1", secret));
            assertEquals(401, meWith(secret), "a SCIM token reaches nothing but SCIM");
            assertTrue(hana.find(By.id("tokens:scim")).getText().contains("Entra provisioning"));
            assertFalse(hana.find(By.id("tokens:ats")).getText().contains("Entra provisioning"));

            hana.click(By.xpath("//tr[contains(., 'Entra provisioning')]//button[contains(@id, 'revoke')]"));
            hana.click(By.cssSelector(".ui-confirmdialog-yes"));
            hana.waitForText(By.id("tokens:messages"), "revoked");
            assertEquals(401, statusWith("scim/v2/Users?count=1", secret));
        }
    }
}
