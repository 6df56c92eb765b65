package io.parley.infrastructure.ats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event as the ATS receives it: the exact body that is signed and posted ({@code {id, type, occurredAt, data}}). */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "type", nullable = false, length = 64)
    private String type;

    /** The interview the event is about; none for an event about a candidate ({@code candidate.erased}). */
    @Column(name = "interview_id")
    private Long interviewId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "body", nullable = false, length = 100000)
    private String body;

    protected WebhookEvent() {
        // for JPA
    }

    WebhookEvent(String id, String type, Long interviewId, Instant occurredAt, String body) {
        this.id = id;
        this.type = type;
        this.interviewId = interviewId;
        this.occurredAt = occurredAt;
        this.body = body;
    }

    /** The body again, anonymized (issue 21): the event keeps its id, type and time. */
    void rewrite(String newBody) {
        this.body = newBody;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public Long interviewId() {
        return interviewId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String body() {
        return body;
    }
}
