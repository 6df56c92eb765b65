package io.parley.infrastructure.ats;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one HTTP client the webhooks are sent with, for as long as the application is deployed.
 *
 * <p>Not a static field: a JDK {@link HttpClient} runs a selector thread until the client is garbage collected. Held
 * by a class of the application, the client lived as long as the application's class loader, and the thread (whose
 * context class loader was that loader) kept the loader alive: every redeploy left the whole old application in the
 * heap. Held here, the client goes with the application; it is also built with the platform class loader as the
 * context class loader, so that its thread never holds the application's.
 */
@ApplicationScoped
public class WebhookHttp {

    private HttpClient client;

    @PostConstruct
    void build() {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    HttpClient client() {
        return client;
    }
}
