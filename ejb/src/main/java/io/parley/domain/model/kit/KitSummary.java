package io.parley.domain.model.kit;

import java.io.Serializable;
import java.time.Instant;

/** One row of the kit list. */
public record KitSummary(
        long id,
        String key,
        int version,
        KitStatus status,
        String name,
        String roleFamily,
        String stage,
        Instant updatedAt,
        String updatedBy)
        implements Serializable {}
