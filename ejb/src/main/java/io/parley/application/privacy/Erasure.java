package io.parley.application.privacy;

import java.time.Instant;
import java.util.List;

/**
 * What an erasure did: its id (also in the {@code candidate.erased} webhook; none when there was nothing left to
 * erase), the interviews it anonymized and which of them it cancelled first, and how many had been anonymized before
 * (by an earlier erasure or by retention).
 */
public record Erasure(String erasureId, List<Long> erased, List<Long> cancelled, int erasedBefore, Instant at) {

    public Erasure {
        erased = List.copyOf(erased);
        cancelled = List.copyOf(cancelled);
    }
}
