package io.parley.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A caller's {@code Idempotency-Key} for planning an interview, with a hash of the request it came with. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Key.class)
public class IdempotencyKey {

    public static final int MAX_LENGTH = 200;

    @Id
    @Column(name = "caller", length = 64)
    private String caller;

    @Id
    @Column(name = "key_value", length = MAX_LENGTH)
    private String value;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "interview_id", nullable = false)
    private long interviewId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyKey() {
        // for JPA
    }

    public IdempotencyKey(String caller, String value, String requestHash, long interviewId, Instant createdAt) {
        this.caller = caller;
        this.value = value;
        this.requestHash = requestHash;
        this.interviewId = interviewId;
        this.createdAt = createdAt;
    }

    public boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public InterviewId interview() {
        return new InterviewId(interviewId);
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private String caller;
        private String value;

        public Key() {}

        public Key(String caller, String value) {
            this.caller = caller;
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(caller, other.caller) && Objects.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, value);
        }
    }
}
