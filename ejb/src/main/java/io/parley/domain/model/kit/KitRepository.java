package io.parley.domain.model.kit;

import io.parley.domain.shared.Page;
import java.util.List;
import java.util.Optional;

/** Where kit versions are kept. */
public interface KitRepository {

    Optional<Kit> find(KitId id);

    /**
     * The kit version an interview is pinned to, as a value: kept after the first read when the version is published
     * or archived (its content never changes then), so that the pages and the autosave do not read it every time.
     */
    Optional<PinnedKit> pinned(KitId id);

    /** True when any version of any kit uses {@code key}. */
    boolean keyTaken(KitKey key);

    /** The highest version number of the kit family {@code key}, if it exists. */
    Optional<Integer> latestVersionNumber(KitKey key);

    /** True when the kit family {@code key} has a draft. */
    boolean hasDraft(KitKey key);

    void store(Kit kit);

    /** The newest published version of the kit family {@code key} (archived versions do not count). */
    Optional<Kit> published(KitKey key);

    /** Every published kit version, by name: what new interviews may pin. */
    List<Kit> allPublished();

    Page<KitSummary> search(KitSearch search);
}
