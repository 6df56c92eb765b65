package io.parley.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final RoleMapping mapping = RoleMapping.of(Map.of(Role.HR_ADMIN, Set.of("parley-hr")));

    private static DirectoryProfile profile(String name, Set<String> groups) {
        return new DirectoryProfile("lena", name, Optional.of("lena@example.com"), groups);
    }

    @Test
    void aDirectoryUserTakesNameMailGroupsAndRolesFromTheDirectory() {
        AppUser lena = AppUser.fromDirectory(
                profile("Lena Vogel", Set.of("parley-hr", "staff")), IdentitySource.LDAP, mapping, NOW);
        assertEquals("Lena Vogel", lena.displayName());
        assertEquals(Optional.of("lena@example.com"), lena.email());
        assertEquals(EnumSet.of(Role.HR_ADMIN), lena.roles());
        assertEquals(Set.of("parley-hr", "staff"), lena.directoryGroups());
        assertEquals(IdentitySource.LDAP, lena.source());
        assertTrue(lena.hasAccess());
    }

    @Test
    void losingEveryParleyGroupLeavesTheAccountWithoutAccess() {
        AppUser lena =
                AppUser.fromDirectory(profile("Lena Vogel", Set.of("parley-hr")), IdentitySource.OIDC, mapping, NOW);
        lena.update(profile("Lena Vogel-Berg", Set.of("staff")), mapping);
        assertEquals("Lena Vogel-Berg", lena.displayName());
        assertTrue(lena.roles().isEmpty());
        assertFalse(lena.hasAccess());
    }

    @Test
    void aRetiredUserMayNotSignInOrSitOnAPanelUntilReactivated() {
        AppUser lena = AppUser.fromDirectory(profile("Lena", Set.of("interviewer")), IdentitySource.SCIM, mapping, NOW);
        lena.retire(NOW);
        assertFalse(lena.hasAccess());
        assertFalse(lena.maySitOnPanel());
        assertEquals(Optional.of(NOW), lena.retiredAt());
        lena.retire(NOW.plusSeconds(60));
        assertEquals(Optional.of(NOW), lena.retiredAt(), "retiring twice keeps the first moment");
        lena.reactivate();
        assertTrue(lena.hasAccess());
        assertEquals(Optional.empty(), lena.retiredAt());
    }

    @Test
    void onlyALocalUserHasAPasswordHere() {
        AppUser lena = AppUser.fromDirectory(profile("Lena", Set.of("interviewer")), IdentitySource.LDAP, mapping, NOW);
        assertThrows(IllegalStateException.class, () -> lena.changePassword("PBKDF2WithHmacSHA256:2048:a:b"));
        assertThrows(
                IllegalArgumentException.class,
                () -> AppUser.fromDirectory(profile("Lena", Set.of()), IdentitySource.LOCAL, mapping, NOW));
    }

    @Test
    void aLocalAccountAdoptedByTheDirectoryFollowsItAndLosesItsPassword() {
        AppUser ines = new AppUser(
                "ines", "Ines", "ines@example.com", "PBKDF2WithHmacSHA256:2048:a:b", Set.of(Role.INTERVIEWER));
        ines.adoptedBy(IdentitySource.OIDC);
        assertEquals(IdentitySource.OIDC, ines.source());
        assertThrows(IllegalStateException.class, () -> ines.changePassword("PBKDF2WithHmacSHA256:2048:c:d"));
        assertThrows(IllegalStateException.class, () -> ines.adoptedBy(IdentitySource.LDAP), "adopted once");
        AppUser local =
                new AppUser("li", "Li", "li@example.com", "PBKDF2WithHmacSHA256:2048:a:b", Set.of(Role.INTERVIEWER));
        assertThrows(IllegalStateException.class, () -> local.adoptedBy(IdentitySource.SCIM));
    }

    @Test
    void aProfileOfSomeoneElseIsRefused() {
        AppUser lena = AppUser.fromDirectory(profile("Lena", Set.of("interviewer")), IdentitySource.LDAP, mapping, NOW);
        DirectoryProfile tom = new DirectoryProfile("tom", "Tom", Optional.empty(), Set.of());
        assertThrows(IllegalArgumentException.class, () -> lena.update(tom, mapping));
    }

    @Test
    void aProfileRefusesControlCharactersAndFallsBackToTheUserNameForTheName() {
        assertThrows(
                DomainException.class, () -> new DirectoryProfile("lena\nadmin", "Lena", Optional.empty(), Set.of()));
        assertEquals("lena", new DirectoryProfile("lena", " ", Optional.empty(), Set.of()).displayName());
        assertEquals(Optional.empty(), new DirectoryProfile("lena", "Lena", Optional.of(""), Set.of()).email());
    }
}
