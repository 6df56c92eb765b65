package io.parley.application.kit;

import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.KitSearch;
import io.parley.domain.model.kit.KitSummary;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** Transactions and role checks around the kit aggregate; the rules themselves live in {@link Kit}. */
@Stateless
@RolesAllowed(Role.HR_ADMIN_GROUP)
public class KitServiceBean implements KitService {

    static final String STALE = UnitOfWork.STALE;

    @Inject
    private KitRepository kits;

    @Inject
    private UnitOfWork changes;

    @Resource
    private SessionContext session;

    @Override
    public KitId createDraft(String name, String key) {
        KitKey kitKey = new KitKey(key);
        requireFreeKey(kitKey);
        Kit kit = Kit.draft(kitKey, KitContent.starter(name), user(), Instant.now());
        kits.store(kit);
        flush();
        return kit.id();
    }

    @Override
    public Optional<KitSnapshot> find(KitId id) {
        return kits.find(id).map(KitServiceBean::snapshot);
    }

    @Override
    public Page<KitSummary> search(KitSearch search) {
        return kits.search(search);
    }

    @Override
    public long saveDraft(KitId id, long expectedLockVersion, String key, KitContent content) {
        Kit kit = load(id, expectedLockVersion);
        KitKey newKey = new KitKey(key);
        if (!newKey.equals(kit.key())) {
            requireFreeKey(newKey);
            kit.rekey(newKey);
        }
        kit.revise(content, user(), Instant.now());
        changes.changed(kit);
        flush();
        return kit.lockVersion();
    }

    @Override
    public void publish(KitId id, long expectedLockVersion) {
        Kit kit = load(id, expectedLockVersion);
        kit.publish(user(), Instant.now());
        flush();
    }

    @Override
    public KitId newVersion(KitId id) {
        Kit published = kits.find(id).orElseThrow(() -> new DomainException("kit.notFound", id));
        if (kits.hasDraft(published.key())) {
            throw new DomainException(
                    "kit.newVersion.draftExists", published.key().value());
        }
        int latest = kits.latestVersionNumber(published.key()).orElse(published.versionNumber());
        if (latest != published.versionNumber()) {
            throw new DomainException("kit.newVersion.notLatest", latest);
        }
        Kit draft = published.newVersion(user(), Instant.now());
        kits.store(draft);
        flush();
        return draft.id();
    }

    @Override
    public void archive(KitId id, long expectedLockVersion) {
        Kit kit = load(id, expectedLockVersion);
        kit.archive(user(), Instant.now());
        flush();
    }

    @Override
    public String exportJson(KitId id) {
        Kit kit = kits.find(id).orElseThrow(() -> new DomainException("kit.notFound", id));
        return KitJson.write(kit.key().value(), kit.versionNumber(), kit.content());
    }

    @Override
    public KitId importJson(String json) {
        KitJson.Document document = KitJson.read(json);
        String key = document.key();
        for (int n = 1; kits.keyTaken(new KitKey(key)); n++) {
            key = KitKey.slug(document.key() + "-copy" + (n == 1 ? "" : "-" + n));
        }
        return store(new KitKey(key), document);
    }

    @Override
    public KitId importJsonKeepingKey(String json) {
        KitJson.Document document = KitJson.read(json);
        KitKey key = new KitKey(document.key());
        requireFreeKey(key);
        return store(key, document);
    }

    static KitSnapshot snapshot(Kit kit) {
        return new KitSnapshot(
                kit.id(),
                kit.key().value(),
                kit.versionNumber(),
                kit.status(),
                kit.lockVersion(),
                kit.updatedAt(),
                kit.updatedBy(),
                kit.publishedAt().orElse(null),
                kit.content());
    }

    private Kit load(KitId id, long expectedLockVersion) {
        Kit kit = kits.find(id).orElseThrow(() -> new DomainException("kit.notFound", id));
        if (kit.lockVersion() != expectedLockVersion) {
            throw new DomainException(STALE, kit.updatedBy(), kit.updatedAt());
        }
        return kit;
    }

    /** A new kit (version 1, a draft) with an imported document's content. */
    private KitId store(KitKey key, KitJson.Document document) {
        Kit kit = Kit.draft(key, document.content(), user(), Instant.now());
        kits.store(kit);
        flush();
        return kit.id();
    }

    private void requireFreeKey(KitKey key) {
        if (kits.keyTaken(key)) {
            throw new DomainException("kit.key.taken", key.value());
        }
    }

    private void flush() {
        changes.flush("kit.saveFailed");
    }

    private String user() {
        return session.getCallerPrincipal().getName();
    }
}
