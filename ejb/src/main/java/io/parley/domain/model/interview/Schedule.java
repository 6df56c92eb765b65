package io.parley.domain.model.interview;

import io.parley.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** When an interview takes place: its start in a named time zone, and its duration. May lie in the past. */
@Embeddable
public class Schedule implements Serializable {

    public static final String INVALID_DURATION = "interview.duration";
    public static final String UNKNOWN_TIME_ZONE = "interview.timeZone";

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 480;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    protected Schedule() {
        // for JPA
    }

    public Schedule(ZonedDateTime start, int durationMinutes) {
        Objects.requireNonNull(start, "start");
        if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            throw new DomainException(INVALID_DURATION, MIN_MINUTES, MAX_MINUTES);
        }
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.durationMinutes = durationMinutes;
    }

    /** The start in a zone given by name (e.g. {@code Europe/Berlin}); an unknown zone is refused. */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException e) {
            throw new DomainException(UNKNOWN_TIME_ZONE, String.valueOf(id));
        }
    }

    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule other
                && startsAt.equals(other.startsAt)
                && timeZone.equals(other.timeZone)
                && durationMinutes == other.durationMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, timeZone, durationMinutes);
    }
}
