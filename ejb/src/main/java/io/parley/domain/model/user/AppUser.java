package io.parley.domain.model.user;

import io.parley.domain.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A person who uses Parley (or the ATS's machine user). A local user signs in with a password kept here only as a
 * PBKDF2 hash; a user from the company's directory (LDAP, OpenID Connect, SCIM) has no password here and takes
 * name, e-mail, groups and roles from the directory at each sign-in. The role names are the group names that
 * Jakarta Security hands to the container.
 *
 * <p>A retired user (a leaver: SCIM {@code active: false}, deleted, or deactivated by HR) is kept so that the
 * scorecards and decisions they wrote keep their author, but cannot sign in and no longer sits on panels.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    public static final int MAX_USERNAME = 64;

    @Id
    @Column(name = "username", length = MAX_USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 8)
    private IdentitySource source = IdentitySource.LOCAL;

    @Column(name = "external_id", length = 255)
    private String externalId;

    @Column(name = "scim_id", length = 36)
    private String scimId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN) // a page of people reads everyone's roles in one statement
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name", length = 32)
    private Set<String> roles = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "app_user_group", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "group_name", length = DirectoryProfile.MAX_GROUP_NAME)
    private Set<String> directoryGroups = new LinkedHashSet<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AppUser() {
        // for JPA
    }

    /** A local user who signs in with the password whose PBKDF2 hash is {@code passwordHash}. */
    public AppUser(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = Texts.requiredLine(username, MAX_USERNAME, "username");
        this.displayName = Texts.requiredLine(displayName, 120, "display name");
        this.email = Texts.requiredLine(email, 254, "email");
        this.passwordHash = Texts.required(passwordHash, 512, "password hash");
        this.source = IdentitySource.LOCAL;
        roles.forEach(r -> this.roles.add(r.groupName()));
    }

    /**
     * A user the company's directory knows: created at first sign-in (LDAP, OpenID Connect) or provisioned ahead of
     * it (SCIM), with the roles that {@code mapping} gives their groups.
     */
    public static AppUser fromDirectory(
            DirectoryProfile profile, IdentitySource source, RoleMapping mapping, Instant at) {
        if (source == IdentitySource.LOCAL) {
            throw new IllegalArgumentException("a local user needs a password");
        }
        AppUser user = new AppUser();
        user.username = profile.username();
        user.source = source;
        user.createdAt = at;
        user.update(profile, mapping);
        return user;
    }

    /**
     * Takes what the directory says now: name, e-mail, groups and the roles they give. A person who lost every
     * Parley group keeps the account (and their authorship) but has no role left, so no access.
     */
    public void update(DirectoryProfile profile, RoleMapping mapping) {
        if (!profile.username().equals(username)) {
            throw new IllegalArgumentException("the profile of " + profile.username() + " is not " + username);
        }
        this.displayName = profile.displayName();
        this.email = profile.email().orElse(null);
        this.directoryGroups.clear();
        this.directoryGroups.addAll(profile.groups());
        replaceRoles(mapping.rolesFor(profile.groups()));
    }

    /**
     * A local account whose user name the configured directory now signs in (a company moving from Parley's own table
     * to LDAP or OpenID Connect): it keeps its history (interviews, scorecards) and from now on follows the directory;
     * its password here is dropped, as nothing may check it any more.
     */
    public void adoptedBy(IdentitySource directory) {
        if (source != IdentitySource.LOCAL || directory == IdentitySource.LOCAL || directory == IdentitySource.SCIM) {
            throw new IllegalStateException(username + " (" + source + ") cannot be adopted by " + directory);
        }
        source = directory;
        passwordHash = null;
    }

    /** A leaver: from now on no sign-in, no API token of theirs and no new panel seat. Retiring twice changes nothing. */
    public void retire(Instant at) {
        if (active) {
            active = false;
            retiredAt = Objects.requireNonNull(at);
        }
    }

    /** Brings back a retired user (a leaver who returned, or a mistake undone). */
    public void reactivate() {
        active = true;
        retiredAt = null;
    }

    /** A new password for a local user (its PBKDF2 hash); a directory user's password lives in the directory. */
    public void changePassword(String newPasswordHash) {
        if (source != IdentitySource.LOCAL) {
            throw new IllegalStateException(
                    username + " signs in through the company's directory, not with a password");
        }
        this.passwordHash = Texts.required(newPasswordHash, 512, "password hash");
    }

    /** Roles set directly (a local user, or SCIM group membership); the ATS role is never given to a person. */
    public void replaceRoles(Set<Role> newRoles) {
        this.roles.clear();
        newRoles.stream().filter(role -> role != Role.ATS).forEach(role -> this.roles.add(role.groupName()));
    }

    /** The SCIM resource id and the directory's own id of this person (SCIM {@code externalId}). */
    public void provisioned(String scimId, String externalId) {
        this.scimId = Texts.requiredLine(scimId, 36, "SCIM id");
        identifiedAs(externalId);
    }

    /** The directory's own id of this person (SCIM {@code externalId}); blank or null forgets it. */
    public void identifiedAs(String externalId) {
        String id = Texts.optional(externalId, 255, "external id");
        this.externalId = id.isEmpty() ? null : id;
    }

    /**
     * The directory deleted this person: they are retired (their scorecards and decisions keep their author) and are
     * no SCIM resource any more; provisioning the same user name again brings the account back.
     */
    public void deprovision(Instant at) {
        retire(at);
        this.scimId = null;
        this.externalId = null;
    }

    /**
     * SCIM's name and e-mail of this person. Groups and roles stay: SCIM gives those through group membership
     * ({@link #regroup}).
     */
    public void describe(String displayName, Optional<String> email) {
        this.displayName = Texts.requiredLine(displayName, 120, "display name");
        this.email = email.filter(e -> !e.isBlank())
                .map(e -> Texts.requiredLine(e, 254, "email"))
                .orElse(null);
    }

    /** The SCIM groups this person is a member of now, and the roles {@code mapping} gives them. */
    public void regroup(Set<String> groups, RoleMapping mapping) {
        this.directoryGroups.clear();
        this.directoryGroups.addAll(groups);
        replaceRoles(mapping.rolesFor(groups));
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** The e-mail address, when the directory knows one (mail to someone without one is skipped). */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public boolean active() {
        return active;
    }

    public IdentitySource source() {
        return source;
    }

    public Optional<String> externalId() {
        return Optional.ofNullable(externalId);
    }

    public Optional<String> scimId() {
        return Optional.ofNullable(scimId);
    }

    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    public Optional<Instant> lastSignInAt() {
        return Optional.ofNullable(lastSignInAt);
    }

    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    /** The directory groups this person came with, sorted (the people page shows where each role came from). */
    public Set<String> directoryGroups() {
        return new TreeSet<>(directoryGroups);
    }

    public long version() {
        return lockVersion;
    }

    /**
     * Whether this user may sit on an interview panel: an active person, not a machine client (the ATS's user has
     * no role but {@link Role#ATS}, and nobody could approve an agenda or write a scorecard for it).
     */
    public boolean maySitOnPanel() {
        return active && roles().stream().anyMatch(role -> role != Role.ATS);
    }

    /** Whether this user may use Parley at all: active, with at least one role. */
    public boolean hasAccess() {
        return active && !roles.isEmpty();
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (roles.contains(role.groupName())) {
                result.add(role);
            }
        }
        return result;
    }
}
