package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.StringListConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One version of an interview kit, the aggregate root of the kit model. A draft is revised freely; publishing
 * checks the rules of {@link KitContent#publishingViolations()} and freezes it; a new version copies a
 * published kit into a draft numbered one higher; archiving hides it from new interviews.
 */
@Entity
@Table(name = "kit")
public class Kit {

    @Id
    @SequenceGenerator(name = "kit_seq", sequenceName = "kit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kit_seq")
    private Long id;

    @Embedded
    private KitKey key;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private KitStatus status;

    @Column(name = "name", nullable = false, length = KitContent.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "role_family", nullable = false, length = KitContent.MAX_SHORT_LENGTH)
    private String roleFamily;

    @Column(name = "stage", nullable = false, length = KitContent.MAX_SHORT_LENGTH)
    private String stage;

    @Column(name = "description", nullable = false, length = KitContent.MAX_DESCRIPTION_LENGTH)
    private String description;

    @Embedded
    private RatingScale ratingScale;

    @OneToMany(mappedBy = "kit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Competency> competencies = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "must_haves", nullable = false, length = 8000)
    private List<String> mustHaves;

    @Convert(converter = StringListConverter.class)
    @Column(name = "deal_breakers", nullable = false, length = 8000)
    private List<String> dealBreakers;

    @Embedded
    private RoleBrief roleBrief;

    @ElementCollection
    @CollectionTable(name = "kit_agenda_block", joinColumns = @JoinColumn(name = "kit_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<AgendaBlockTemplate> agendaTemplate = new ArrayList<>();

    @Embedded
    private KitPolicy policy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Kit() {
        // for JPA
    }

    private Kit(KitKey key, int versionNumber, KitContent content, String user, Instant now) {
        this.key = Objects.requireNonNull(key, "key");
        this.versionNumber = versionNumber;
        this.status = KitStatus.DRAFT;
        apply(content, user, now);
    }

    /** A new kit: version 1, a draft. */
    public static Kit draft(KitKey key, KitContent content, String user, Instant now) {
        return new Kit(key, 1, content, user, now);
    }

    public Long idValue() {
        return id;
    }

    public KitId id() {
        return id == null ? null : new KitId(id);
    }

    public KitKey key() {
        return key;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public KitStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public long lockVersion() {
        return lockVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public RatingScale ratingScale() {
        return ratingScale;
    }

    public List<Competency> competencies() {
        return List.copyOf(competencies);
    }

    public KitContent content() {
        return new KitContent(
                name,
                roleFamily,
                stage,
                description,
                ratingScale,
                competencies.stream().map(Competency::spec).toList(),
                mustHaves,
                dealBreakers,
                roleBrief,
                agendaTemplate,
                policy);
    }

    /** This version as the interviews pinned to it read it (see {@link PinnedKit}). */
    public PinnedKit pinned() {
        Map<String, List<Long>> questionIds = new HashMap<>();
        for (Competency competency : competencies) {
            questionIds.put(
                    competency.key(),
                    competency.questions().stream().map(Question::id).toList());
        }
        return new PinnedKit(id(), key.value(), versionNumber, content(), questionIds);
    }

    /** Replaces the content of this draft. A published or archived version is read-only. */
    public void revise(KitContent content, String user, Instant now) {
        requireDraft();
        apply(content, user, now);
    }

    /** Changes the key; only a first version may, since later versions share their family's key. */
    public void rekey(KitKey newKey) {
        requireDraft();
        if (versionNumber != 1 && !newKey.equals(key)) {
            throw new DomainException("kit.key.frozen", key.value());
        }
        this.key = newKey;
    }

    /** Freezes this draft, or refuses with every reason it cannot be published. */
    public void publish(String user, Instant now) {
        requireDraft();
        List<KitViolation> violations = content().publishingViolations();
        if (!violations.isEmpty()) {
            throw new KitPublishingException(violations);
        }
        this.status = KitStatus.PUBLISHED;
        this.publishedAt = now;
        touch(user, now);
    }

    /** A draft of the next version with this version's content. */
    public Kit newVersion(String user, Instant now) {
        if (status == KitStatus.DRAFT) {
            throw new DomainException("kit.newVersion.fromDraft");
        }
        return new Kit(key, versionNumber + 1, content(), user, now);
    }

    /** Hides a published version from new interviews; interviews that pinned it keep it. */
    public void archive(String user, Instant now) {
        if (status != KitStatus.PUBLISHED) {
            throw new DomainException("kit.archive.notPublished");
        }
        this.status = KitStatus.ARCHIVED;
        touch(user, now);
    }

    public boolean isDraft() {
        return status == KitStatus.DRAFT;
    }

    private void requireDraft() {
        if (status != KitStatus.DRAFT) {
            throw new DomainException("kit.readOnly", key.value(), versionNumber);
        }
    }

    private void apply(KitContent content, String user, Instant now) {
        this.name = content.name();
        this.roleFamily = content.roleFamily();
        this.stage = content.stage();
        this.description = content.description();
        this.ratingScale = content.ratingScale();
        this.competencies.clear();
        for (CompetencySpec spec : content.competencies()) {
            competencies.add(new Competency(this, competencies.size(), spec));
        }
        this.mustHaves = content.mustHaves();
        this.dealBreakers = content.dealBreakers();
        this.roleBrief = content.roleBrief();
        this.agendaTemplate.clear();
        this.agendaTemplate.addAll(content.agendaTemplate());
        this.policy = content.policy();
        touch(user, now);
    }

    private void touch(String user, Instant now) {
        this.updatedBy = Objects.requireNonNull(user, "user");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }
}
