package io.parley.it.cluster;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.parley.it.support.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;

/** A browser's place in the local cluster: the instance haproxy's sticky cookie names, and requests with its cookies. */
final class Sticky {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Sticky() {}

    /** The instance that haproxy's sticky cookie {@code PARLEY_NODE} names. */
    static String node(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("PARLEY_NODE");
        assertNotNull(cookie, "haproxy's sticky cookie PARLEY_NODE");
        return cookie.getValue();
    }

    /** A GET of {@code path} with the browser's cookies (its session and haproxy's), in English, redirects not followed. */
    static HttpResponse<String> get(Browser browser, URL base, String path) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", cookies)
                .header("Accept-Language", "en")
                .GET()
                .build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
