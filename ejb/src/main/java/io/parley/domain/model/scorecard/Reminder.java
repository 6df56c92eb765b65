package io.parley.domain.model.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a scorecard reminder was last sent: to a late member about their own scorecard ({@link Kind#MEMBER}), or
 * to the lead about the panel's missing ones ({@link Kind#LEAD}). Nobody is reminded more than once a day.
 */
@Entity
@Table(name = "scorecard_reminder")
public class Reminder {

    public static final Duration AT_MOST_EVERY = Duration.ofDays(1);

    /** Who the reminder is for. */
    public enum Kind {
        MEMBER,
        LEAD
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    protected Reminder() {
        // for JPA
    }

    public Reminder(long interviewId, String username, Kind kind, Instant sentAt) {
        this.key = new Key(interviewId, username, kind);
        this.lastSentAt = sentAt;
    }

    /** Whether another reminder may go out at {@code now}. */
    public boolean due(Instant now) {
        return !now.isBefore(lastSentAt.plus(AT_MOST_EVERY));
    }

    public void sent(Instant at) {
        lastSentAt = at;
    }

    public Key key() {
        return key;
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }

    /** Interview, user and kind. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "interview_id")
        private long interviewId;

        @Column(name = "username", length = 64)
        private String username;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", length = 8)
        private Kind kind;

        protected Key() {
            // for JPA
        }

        public Key(long interviewId, String username, Kind kind) {
            this.interviewId = interviewId;
            this.username = Objects.requireNonNull(username);
            this.kind = Objects.requireNonNull(kind);
        }

        public long interviewId() {
            return interviewId;
        }

        public String username() {
            return username;
        }

        public Kind kind() {
            return kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other
                    && interviewId == other.interviewId
                    && username.equals(other.username)
                    && kind == other.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(interviewId, username, kind);
        }
    }
}
