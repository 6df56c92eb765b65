package io.parley.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What SCIM provisioning does to people and groups: groups give roles, retiring keeps the account. */
class ScimProvisioningRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final RoleMapping MAPPING =
            RoleMapping.of(Map.of(Role.INTERVIEWER, Set.of("Interviewers"), Role.HR_ADMIN, Set.of("HR")));

    private static AppUser provisioned() {
        AppUser user = AppUser.fromDirectory(
                new DirectoryProfile("ada", "Ada Lovelace", Optional.of("ada@example.com"), Set.of()),
                IdentitySource.SCIM,
                MAPPING,
                NOW);
        user.provisioned("0b9c3f0e-0000-4000-8000-000000000001", "ext-1");
        return user;
    }

    @Test
    void aProvisionedPersonWithoutGroupsHasNoAccessUntilAGroupGivesARole() {
        AppUser user = provisioned();
        assertFalse(user.hasAccess());
        assertFalse(user.maySitOnPanel());
        user.regroup(Set.of("interviewers", "Chess club"), MAPPING);
        assertEquals(Set.of(Role.INTERVIEWER), user.roles());
        assertTrue(user.maySitOnPanel());
        assertEquals(Set.of("Chess club", "interviewers"), user.directoryGroups());
        user.regroup(Set.of("Chess club"), MAPPING);
        assertFalse(user.hasAccess());
    }

    @Test
    void deprovisioningRetiresAndEndsTheScimResourceButKeepsTheAccount() {
        AppUser user = provisioned();
        user.regroup(Set.of("Interviewers"), MAPPING);
        user.deprovision(NOW);
        assertFalse(user.active());
        assertFalse(user.maySitOnPanel());
        assertEquals(Optional.empty(), user.scimId());
        assertEquals(Optional.empty(), user.externalId());
        assertEquals(Optional.of(NOW), user.retiredAt());
        assertEquals("ada", user.username());
        user.reactivate();
        assertTrue(user.maySitOnPanel());
    }

    @Test
    void describeChangesNameAndEmailOnlyAndRefusesBadValues() {
        AppUser user = provisioned();
        user.regroup(Set.of("HR"), MAPPING);
        user.describe("Ada King", Optional.empty());
        assertEquals("Ada King", user.displayName());
        assertEquals(Optional.empty(), user.email());
        assertEquals(Set.of(Role.HR_ADMIN), user.roles());
        assertThrows(DomainException.class, () -> user.describe("Ada\nKing", Optional.empty()));
        assertThrows(DomainException.class, () -> user.describe(" ", Optional.empty()));
        assertThrows(DomainException.class, () -> user.identifiedAs("x".repeat(256)));
    }

    @Test
    void aGroupReportsWhoJoinedAndWhoLeft() {
        ScimGroup group = new ScimGroup(" Interviewers ", "", NOW);
        assertEquals("Interviewers", group.displayName());
        assertEquals(Optional.empty(), group.externalId());
        assertEquals(Set.of("ada", "bob"), group.replaceMembers(List.of("ada", "bob"), NOW));
        assertEquals(Set.of("bob", "cy"), group.replaceMembers(List.of("ada", "cy"), NOW));
        assertEquals(Set.of("dan"), group.addMembers(List.of("ada", "dan"), NOW));
        assertEquals(Set.of("ada"), group.removeMembers(List.of("ada", "zed"), NOW));
        assertEquals(Set.of("cy", "dan"), group.members());
        assertThrows(DomainException.class, () -> new ScimGroup("", null, NOW));
        assertThrows(DomainException.class, () -> new ScimGroup("a\tb", null, NOW));
    }
}
