package io.parley.application.kit;

import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitSearch;
import io.parley.domain.model.kit.KitSummary;
import io.parley.domain.shared.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The kit builder's use cases, for hr-admins only. Every change names the optimistic-lock version the caller
 * read; a stale one is refused with {@code conflict.stale} and nothing is overwritten.
 */
public interface KitService {

    /** Creates version 1 of a new kit as a draft with the starter content. */
    KitId createDraft(@NotBlank @Size(max = KitContent.MAX_NAME_LENGTH) String name, @NotBlank String key);

    Optional<KitSnapshot> find(@NotNull KitId id);

    Page<KitSummary> search(@NotNull @Valid KitSearch search);

    /** Replaces a draft's key and content; returns the new lock version. */
    long saveDraft(@NotNull KitId id, long expectedLockVersion, @NotBlank String key, @NotNull KitContent content);

    /** Publishes a draft or refuses with every violation ({@code KitPublishingException}). */
    void publish(@NotNull KitId id, long expectedLockVersion);

    /** Copies a published or archived version into a draft numbered one higher. */
    KitId newVersion(@NotNull KitId id);

    void archive(@NotNull KitId id, long expectedLockVersion);

    /** The kit version as a JSON document ({@link KitJson}). */
    String exportJson(@NotNull KitId id);

    /** A new draft from an exported document; a key already in use gets a "-copy" suffix. */
    KitId importJson(@NotBlank String json);

    /**
     * A new draft from an exported document under the document's own key (kits kept as code); a key already in use
     * by any version of another kit is refused with {@code kit.key.taken}, never turned into a new version of it.
     */
    KitId importJsonKeepingKey(@NotBlank String json);
}
