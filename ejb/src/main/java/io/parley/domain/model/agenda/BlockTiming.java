package io.parley.domain.model.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** When one agenda block actually started and (once it has) ended. Immutable. */
@Embeddable
public class BlockTiming implements Serializable {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected BlockTiming() {
        // for JPA
    }

    public BlockTiming(Instant startedAt, Instant endedAt) {
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("a block ends after it starts");
        }
        this.endedAt = endedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** When the block ended, or {@code null} while it runs. */
    public Instant endedAt() {
        return endedAt;
    }

    BlockTiming endedAt(Instant at) {
        return new BlockTiming(startedAt, at.isBefore(startedAt) ? startedAt : at);
    }

    /** Seconds the block took, or has taken so far at {@code now}. */
    public long seconds(Instant now) {
        Instant end = endedAt == null ? now : endedAt;
        return Math.max(0, Duration.between(startedAt, end).getSeconds());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockTiming other
                && startedAt.equals(other.startedAt)
                && Objects.equals(endedAt, other.endedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startedAt, endedAt);
    }
}
