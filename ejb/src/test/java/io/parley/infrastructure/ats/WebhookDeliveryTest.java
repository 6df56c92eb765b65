package io.parley.infrastructure.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2031-05-06T10:00:00Z");

    private static WebhookDelivery delivery() {
        return new WebhookDelivery(
                new WebhookEvent("e-1", Outbox.AGENDA_AGREED, 7L, T0, "{}"),
                new WebhookEndpoint("https://ats.example.com/hook", "a-secret-of-16-chars", "hana", T0),
                T0);
    }

    @Test
    void failuresAreRetriedAfter30SecondsDoublingToAnHour() {
        assertEquals(Duration.ofSeconds(30), WebhookDelivery.backoff(1));
        assertEquals(Duration.ofMinutes(1), WebhookDelivery.backoff(2));
        assertEquals(Duration.ofMinutes(16), WebhookDelivery.backoff(6));
        assertEquals(Duration.ofHours(1), WebhookDelivery.backoff(8));
        assertEquals(Duration.ofHours(1), WebhookDelivery.backoff(60));
        WebhookDelivery delivery = delivery();
        delivery.attempted(503, null, T0);
        assertEquals(WebhookDelivery.Status.PENDING, delivery.status());
        assertEquals(T0.plusSeconds(30), delivery.nextAttemptAt());
        delivery.attempted(null, "ConnectException: refused", T0.plusSeconds(30));
        assertEquals(T0.plusSeconds(90), delivery.nextAttemptAt());
        delivery.attempted(204, null, T0.plusSeconds(90));
        assertEquals(WebhookDelivery.Status.DELIVERED, delivery.status());
        assertEquals(3, delivery.attempts());
    }

    @Test
    void afterTwoDaysOfFailuresItIsFailedUntilAnAdminRedeliversIt() {
        WebhookDelivery delivery = delivery();
        delivery.attempted(500, null, T0.plus(Duration.ofHours(47)));
        assertEquals(WebhookDelivery.Status.PENDING, delivery.status());
        delivery.attempted(500, null, T0.plus(Duration.ofHours(48)));
        assertEquals(WebhookDelivery.Status.FAILED, delivery.status());

        Instant later = T0.plus(Duration.ofDays(5));
        delivery.redeliver(later);
        assertEquals(WebhookDelivery.Status.PENDING, delivery.status());
        assertEquals(later, delivery.nextAttemptAt());
        delivery.attempted(500, null, later.plusSeconds(1));
        assertEquals(WebhookDelivery.Status.PENDING, delivery.status(), "a redelivery is retried for a new window");
    }
}
