package io.parley.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private final RoleMapping mapping = RoleMapping.of(Map.of(
            Role.HR_ADMIN, Set.of("Parley-HR"),
            Role.INTERVIEWER, Set.of("parley-interviewers", " Panel Pool ", "")));

    @Test
    void configuredGroupsGiveTheirRolesIgnoringCase() {
        assertEquals(EnumSet.of(Role.HR_ADMIN), mapping.rolesFor(Set.of("parley-hr", "staff")));
        assertEquals(EnumSet.of(Role.INTERVIEWER), mapping.rolesFor(Set.of("panel pool")));
    }

    @Test
    void aRoleNobodyConfiguredIsGivenByTheGroupOfItsOwnName() {
        assertEquals(
                EnumSet.of(Role.RECRUITER, Role.HIRING_MANAGER),
                mapping.rolesFor(Set.of("recruiter", "Hiring-Manager")));
    }

    @Test
    void aConfiguredRoleIsNoLongerGivenByItsOwnName() {
        assertTrue(mapping.rolesFor(Set.of("hr-admin", "interviewer")).isEmpty());
    }

    @Test
    void noDirectoryGroupEverGivesTheAtsRole() {
        assertTrue(RoleMapping.byRoleName().rolesFor(Set.of("ats")).isEmpty());
        assertTrue(RoleMapping.of(Map.of(Role.ATS, Set.of("machines")))
                .rolesFor(Set.of("machines"))
                .isEmpty());
    }

    @Test
    void peopleInNoParleyGroupGetNoRole() {
        assertTrue(mapping.rolesFor(Set.of("staff", "everyone")).isEmpty());
        assertTrue(mapping.rolesFor(Set.of()).isEmpty());
    }
}
