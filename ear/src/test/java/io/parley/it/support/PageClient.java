package io.parley.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP user agent with its own cookies: signs in through the real login form and fetches pages. */
public final class PageClient {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    public PageClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A path of the application as an address (for requests built by the caller). */
    public URI resolve(String path) {
        return base.resolve(path);
    }

    public HttpResponse<String> get(String path) {
        return get(path, "en");
    }

    public HttpResponse<String> get(String path, String language) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept-Language", language)
                .GET()
                .build());
    }

    /** Follows redirects inside the application, the way a browser would. */
    public HttpResponse<String> follow(String path) {
        return follow(path, "en");
    }

    public HttpResponse<String> follow(String path, String language) {
        HttpResponse<String> response = get(path, language);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = send(HttpRequest.newBuilder(response.uri().resolve(location))
                    .header("Accept-Language", language)
                    .GET()
                    .build());
        }
        return response;
    }

    /** A client of {@code base} signed in as the demo user {@code username} (demo password), or an AssertionError. */
    public static PageClient signedIn(URL base, String username) {
        PageClient client = new PageClient(URI.create(base.toString()));
        HttpResponse<String> answer = client.signIn(username, "parley");
        if (answer.statusCode() != 302) {
            throw new AssertionError(username + " could not sign in: " + answer.statusCode());
        }
        return client;
    }

    /** Signs in through login.xhtml; returns the response to the form post. */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = follow("");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no login form at " + page.uri() + ": " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        // PrimeFaces' CSP mode refuses a postback without the page's nonce, as the browser script sends it
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
