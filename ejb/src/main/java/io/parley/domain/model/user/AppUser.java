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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A user of the embedded default's identity store. The password is kept only as a PBKDF2 hash; the role
 * names are the group names that the database identity store hands to Jakarta Security.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name", length = 32)
    private Set<String> roles = new LinkedHashSet<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AppUser() {
        // for JPA
    }

    public AppUser(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = Texts.required(username, 64, "username");
        this.displayName = Texts.required(displayName, 120, "display name");
        this.email = Texts.required(email, 254, "email");
        this.passwordHash = Texts.required(passwordHash, 512, "password hash");
        roles.forEach(r -> this.roles.add(r.groupName()));
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean active() {
        return active;
    }

    /**
     * Whether this user may sit on an interview panel: an active person, not a machine client (the ATS's user has
     * no role but {@link Role#ATS}, and nobody could approve an agenda or write a scorecard for it).
     */
    public boolean maySitOnPanel() {
        return active && roles().stream().anyMatch(role -> role != Role.ATS);
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
