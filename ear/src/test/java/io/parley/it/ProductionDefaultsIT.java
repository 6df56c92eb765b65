package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.Deployments;
import io.parley.it.support.PageClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR deployed as a production install gets it: without {@code parley.demo.enabled}, on an empty database of its
 * own (an H2 file, or the schema {@code parley_production} on the PostgreSQL suite, which {@code .ci/run} drops
 * first). Nobody can sign in with the demo password, and no demo token with its known secret works.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionDefaultsIT {

    private static final List<String> DEMO_USERS = List.of("hana", "rita", "max", "ines", "omar", "li");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        if (Deployments.onPostgresql()) {
            return Deployments.production(
                    Deployments.postgresql("parley_production").toArray(String[]::new));
        }
        Path databases =
                Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "lib", "databases");
        deleteEarlierFiles(databases);
        return Deployments.production(
                "parley.db.url=jdbc:h2:" + databases.resolve("parley-production") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static void deleteEarlierFiles(Path databases) {
        if (!Files.isDirectory(databases)) {
            return;
        }
        try (Stream<Path> files = Files.list(databases)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("parley-production"))
                    .toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ArquillianResource
    private URL base;

    @Test
    void theInstallServesItsLoginPage() {
        HttpResponse<String> login = new PageClient(URI.create(base.toString())).follow("");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("id=\"login:username\""), "the login form is served");
    }

    @Test
    void noDemoUserSignsInWithTheDemoPassword() {
        assertAll(DEMO_USERS.stream().map(user -> () -> {
            PageClient client = new PageClient(URI.create(base.toString()));
            HttpResponse<String> answer = client.signIn(user, "parley");
            // a valid sign-in redirects (302, see WebShellIT); a refused one stays on the login page with its message
            assertEquals(
                    200,
                    answer.statusCode(),
                    user + " was signed in: " + answer.headers().map());
            assertTrue(answer.body().contains("The user name or password is not right"), answer.body());
        }));
    }

    @Test
    void noDemoTokenIsAccepted() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> tokens = Stream.concat(
                        Stream.of("demo-ats-token"), DEMO_USERS.stream().map(user -> "demo-" + user + "-token"))
                .toList();
        for (String token : tokens) {
            HttpResponse<String> me = http.send(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, me.statusCode(), token + " was accepted: " + me.body());
        }
    }
}
