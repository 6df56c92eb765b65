package io.parley.infrastructure.persistence;

import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.KitSearch;
import io.parley.domain.model.kit.KitStatus;
import io.parley.domain.model.kit.KitSummary;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kits in the relational database (tables kit, competency, question, kit_agenda_block), and the content of the
 * published versions interviews are pinned to, kept in memory once read (immutable, so the same on every instance).
 */
@ApplicationScoped
public class JpaKitRepository implements KitRepository {

    /** Published and archived versions never change: their content is kept here once read (see {@link #pinned}). */
    private static final int PINNED_KEPT = 1_000;

    private final Map<Long, PinnedKit> pinned = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Kit> find(KitId id) {
        return Optional.ofNullable(em.find(Kit.class, id.value()));
    }

    @Override
    public Optional<PinnedKit> pinned(KitId id) {
        PinnedKit kept = pinned.get(id.value());
        if (kept != null) {
            return Optional.of(kept);
        }
        return find(id).map(kit -> {
            PinnedKit read = kit.pinned();
            if (kit.status() != KitStatus.DRAFT) {
                if (pinned.size() >= PINNED_KEPT) {
                    pinned.clear(); // far more versions than a company keeps in use: start over rather than grow
                }
                pinned.put(id.value(), read);
            }
            return read;
        });
    }

    @Override
    public boolean keyTaken(KitKey key) {
        return latestVersionNumber(key).isPresent();
    }

    @Override
    public Optional<Integer> latestVersionNumber(KitKey key) {
        Integer max = em.createQuery("select max(k.versionNumber) from Kit k where k.key = :key", Integer.class)
                .setParameter("key", key)
                .getSingleResult();
        return Optional.ofNullable(max);
    }

    @Override
    public Optional<Kit> published(KitKey key) {
        return em
                .createQuery(
                        "select k from Kit k where k.key = :key and k.status = :status"
                                + " order by k.versionNumber desc",
                        Kit.class)
                .setParameter("key", key)
                .setParameter("status", KitStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Kit> allPublished() {
        return em.createQuery("select k from Kit k where k.status = :status order by k.name, k.id", Kit.class)
                .setParameter("status", KitStatus.PUBLISHED)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public boolean hasDraft(KitKey key) {
        return em.createQuery("select count(k) from Kit k where k.key = :key and k.status = :status", Long.class)
                        .setParameter("key", key)
                        .setParameter("status", KitStatus.DRAFT)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void store(Kit kit) {
        if (kit.idValue() == null) {
            em.persist(kit);
        }
    }

    @Override
    public Page<KitSummary> search(KitSearch search) {
        String where =
                " where (:name = '' or lower(k.name) like :pattern)" + " and (:status is null or k.status = :status)";
        TypedQuery<KitSummary> rows = em.createQuery(
                "select new io.parley.domain.model.kit.KitSummary("
                        + "k.id, k.key.value, k.versionNumber, k.status, k.name, k.roleFamily, k.stage, k.updatedAt,"
                        + " k.updatedBy) from Kit k" + where
                        + " order by lower(k.name), k.key.value, k.versionNumber desc",
                KitSummary.class);
        TypedQuery<Long> count = em.createQuery("select count(k) from Kit k" + where, Long.class);
        String pattern = Like.containing(search.name());
        for (TypedQuery<?> q : new TypedQuery<?>[] {rows, count}) {
            q.setParameter("name", search.name());
            q.setParameter("pattern", pattern);
            q.setParameter("status", search.status());
        }
        return new Page<>(
                rows.setFirstResult(search.offset())
                        .setMaxResults(search.limit())
                        .getResultList(),
                count.getSingleResult(),
                search.offset(),
                search.limit());
    }
}
