package io.parley.domain.model.user;

import io.parley.domain.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A group the company's directory provisions through SCIM. Its display name is a directory group of each member
 * ({@link AppUser#directoryGroups()}), so membership gives Parley's roles through the same {@link RoleMapping} as
 * LDAP and OpenID Connect sign-ins. Members are kept by user name.
 */
@Entity
@Table(name = "scim_group")
public class ScimGroup {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "display_name", nullable = false, length = DirectoryProfile.MAX_GROUP_NAME)
    private String displayName;

    @Column(name = "external_id", length = 255)
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "scim_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "username", length = AppUser.MAX_USERNAME)
    private Set<String> members = new LinkedHashSet<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ScimGroup() {
        // for JPA
    }

    public ScimGroup(String displayName, String externalId, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = Objects.requireNonNull(at);
        describe(displayName, externalId, at);
    }

    /** The directory's name of the group (what {@code parley.roles.*} names) and its own id of it. */
    public void describe(String displayName, String externalId, Instant at) {
        this.displayName = Texts.requiredLine(displayName, DirectoryProfile.MAX_GROUP_NAME, "group name");
        String external = Texts.optional(externalId, 255, "external id");
        this.externalId = external.isEmpty() ? null : external;
        this.modifiedAt = at;
    }

    /** Exactly these members from now on; returns everyone who joined or left (their roles change). */
    public Set<String> replaceMembers(Collection<String> usernames, Instant at) {
        Set<String> changed = new TreeSet<>(members);
        Set<String> now = new LinkedHashSet<>(usernames);
        changed.removeIf(now::contains);
        now.stream().filter(u -> !members.contains(u)).forEach(changed::add);
        members.clear();
        members.addAll(now);
        this.modifiedAt = at;
        return changed;
    }

    /** Adds members; returns those who were not members before. */
    public Set<String> addMembers(Collection<String> usernames, Instant at) {
        Set<String> joined = new TreeSet<>();
        usernames.stream().filter(members::add).forEach(joined::add);
        this.modifiedAt = at;
        return joined;
    }

    /** Removes members; returns those who were members. */
    public Set<String> removeMembers(Collection<String> usernames, Instant at) {
        Set<String> left = new TreeSet<>();
        usernames.stream().filter(members::remove).forEach(left::add);
        this.modifiedAt = at;
        return left;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> externalId() {
        return Optional.ofNullable(externalId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    /** The members' user names, sorted. */
    public Set<String> members() {
        return new TreeSet<>(members);
    }

    public long version() {
        return lockVersion;
    }
}
