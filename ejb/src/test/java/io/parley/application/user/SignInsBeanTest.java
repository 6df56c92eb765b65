package io.parley.application.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.DirectoryProfile;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.RoleMapping;
import io.parley.domain.model.user.SignInPolicy;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInsBeanTest {

    private final RoleMapping mapping = RoleMapping.of(Map.of(Role.HR_ADMIN, Set.of("parley-hr")));
    private final InMemoryUsers users = new InMemoryUsers();
    private final SignIns ldap = new SignInsBean(users.repository, new SignInPolicy(IdentitySource.LDAP, mapping));

    private static DirectoryProfile profile(String username, String... groups) {
        return new DirectoryProfile(username, username.toUpperCase(), Optional.empty(), Set.of(groups));
    }

    @Test
    void theFirstSignInCreatesThePersonWithTheRolesOfTheirGroups() {
        SignInOutcome outcome = ldap.directorySignIn(profile("lena", "parley-hr", "staff"));
        assertEquals(SignInOutcome.admitted(Set.of(Role.HR_ADMIN)), outcome);
        AppUser lena = users.find("lena").orElseThrow();
        assertEquals(IdentitySource.LDAP, lena.source());
        assertTrue(users.signIns.containsKey("lena"), "the sign-in is recorded");
    }

    @Test
    void someoneInNoParleyGroupIsRefusedAndNotCreated() {
        assertEquals(SignInOutcome.noAccess(), ldap.directorySignIn(profile("nora", "staff")));
        assertTrue(users.find("nora").isEmpty());
    }

    @Test
    void aLaterSignInTakesTheDirectorysGroupsAgain() {
        ldap.directorySignIn(profile("tom", "interviewer"));
        assertEquals(SignInOutcome.noAccess(), ldap.directorySignIn(profile("tom", "staff")), "lost his group");
        assertEquals(SignInOutcome.admitted(Set.of(Role.RECRUITER)), ldap.directorySignIn(profile("tom", "recruiter")));
    }

    @Test
    void aRetiredPersonIsRefusedEvenWithTheRightGroups() {
        ldap.directorySignIn(profile("lena", "parley-hr"));
        users.find("lena").orElseThrow().retire(Instant.now());
        assertEquals(SignInOutcome.retired(), ldap.directorySignIn(profile("lena", "parley-hr")));
        assertTrue(ldap.current("lena").isEmpty(), "an open session of hers ends");
    }

    @Test
    void anOpenSessionGoesOnWithTheRolesAndNameOfThisMoment() {
        ldap.directorySignIn(profile("tom", "interviewer"));
        assertEquals(Set.of(Role.INTERVIEWER), ldap.current("tom").orElseThrow().roles());
        AppUser tom = users.find("tom").orElseThrow();
        tom.replaceRoles(Set.of(Role.RECRUITER, Role.HIRING_MANAGER));
        tom.describe("Tom Newname", Optional.empty());
        assertEquals(
                Set.of(Role.RECRUITER, Role.HIRING_MANAGER),
                ldap.current("tom").orElseThrow().roles());
        assertEquals("Tom Newname", ldap.current("tom").orElseThrow().displayName());
        tom.replaceRoles(Set.of());
        assertFalse(ldap.current("tom").orElseThrow().hasAccess(), "every role taken: no access from now on");
    }

    @Test
    void aPersonProvisionedBySCIMKeepsTheRolesSCIMGave() {
        AppUser provisioned =
                AppUser.fromDirectory(profile("kim", "recruiter"), IdentitySource.SCIM, mapping, Instant.now());
        users.repository.store(provisioned);
        assertEquals(SignInOutcome.admitted(Set.of(Role.RECRUITER)), ldap.directorySignIn(profile("kim", "parley-hr")));
        assertEquals(IdentitySource.SCIM, users.find("kim").orElseThrow().source());
    }

    @Test
    void aLocalAccountOfTheSameNameIsAdoptedWithItsHistory() {
        users.repository.store(new AppUser(
                "ines", "Ines", "ines@example.com", "PBKDF2WithHmacSHA256:2048:a:b", Set.of(Role.INTERVIEWER)));
        assertEquals(SignInOutcome.admitted(Set.of(Role.HR_ADMIN)), ldap.directorySignIn(profile("ines", "parley-hr")));
        assertEquals(IdentitySource.LDAP, users.find("ines").orElseThrow().source());
    }

    @Test
    void theLoginFormAdmitsOnlyActiveLocalUsersWithARole() {
        SignIns database = new SignInsBean(users.repository, new SignInPolicy(IdentitySource.LOCAL, mapping));
        users.repository.store(new AppUser(
                "max", "Max", "max@example.com", "PBKDF2WithHmacSHA256:2048:a:b", Set.of(Role.HIRING_MANAGER)));
        assertEquals(SignInOutcome.admitted(Set.of(Role.HIRING_MANAGER)), database.localSignIn("max"));
        users.find("max").orElseThrow().retire(Instant.now());
        assertEquals(SignInOutcome.retired(), database.localSignIn("max"));
        ldap.directorySignIn(profile("lena", "parley-hr"));
        assertEquals(SignInOutcome.noAccess(), database.localSignIn("lena"), "a directory person has no password here");
        assertEquals(SignInOutcome.noAccess(), database.localSignIn("nobody"));
        assertThrows(IllegalStateException.class, () -> database.directorySignIn(profile("lena", "parley-hr")));
    }
}
