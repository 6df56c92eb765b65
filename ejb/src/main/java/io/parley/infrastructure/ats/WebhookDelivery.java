package io.parley.infrastructure.ats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One event for one endpoint: pending until a 2xx answer, retried with exponential backoff (30 s, 1 min, 2 min, ...
 * at most an hour apart) for {@link #GIVE_UP_AFTER}; then failed, until an admin redelivers it. Every attempt's
 * time, answer and error are kept for the admin's delivery log (the last one on the row).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    public static final Duration MAX_RETRY = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(48);

    /** Where a delivery stands. */
    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private WebhookEvent event;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "endpoint_id", nullable = false)
    private WebhookEndpoint endpoint;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retry_until", nullable = false)
    private Instant retryUntil;

    protected WebhookDelivery() {
        // for JPA
    }

    WebhookDelivery(WebhookEvent event, WebhookEndpoint endpoint, Instant at) {
        this.event = event;
        this.endpoint = endpoint;
        this.status = Status.PENDING;
        this.nextAttemptAt = at;
        this.createdAt = at;
        this.retryUntil = at.plus(GIVE_UP_AFTER);
    }

    /** The answer of one attempt: a 2xx delivers; anything else (or no answer) schedules the next try. */
    void attempted(Integer statusCode, String error, Instant at) {
        attempts++;
        lastAttemptAt = at;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        claimedUntil = null;
        if (statusCode != null && statusCode / 100 == 2) {
            status = Status.DELIVERED;
            deliveredAt = at;
        } else if (!at.isBefore(retryUntil)) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plus(backoff(attempts));
        }
    }

    /** The wait after the {@code attempts}-th failure: 30 s doubled each time, at most an hour. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }

    /** An admin's "redeliver": pending again, due now, retried for a new window (a delivered one is sent again). */
    void redeliver(Instant at) {
        status = Status.PENDING;
        nextAttemptAt = at;
        claimedUntil = null;
        retryUntil = at.plus(GIVE_UP_AFTER);
    }

    public Long id() {
        return id;
    }

    public WebhookEvent event() {
        return event;
    }

    public WebhookEndpoint endpoint() {
        return endpoint;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
