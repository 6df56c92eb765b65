package io.parley.application.kit;

import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitStatus;
import java.io.Serializable;
import java.time.Instant;

/** A kit version as read for the editor: its identity, state, optimistic-lock version and content. */
public record KitSnapshot(
        KitId id,
        String key,
        int version,
        KitStatus status,
        long lockVersion,
        Instant updatedAt,
        String updatedBy,
        Instant publishedAt,
        KitContent content)
        implements Serializable {

    public boolean editable() {
        return status == KitStatus.DRAFT;
    }
}
