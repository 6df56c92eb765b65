package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.token.TokenService;
import io.parley.application.user.GroupData;
import io.parley.application.user.ProvisionedGroup;
import io.parley.application.user.ProvisionedUser;
import io.parley.application.user.Provisioning;
import io.parley.application.user.UserData;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import io.parley.infrastructure.persistence.SqlStatementCounter;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provisioning service inside Payara: only the SCIM client's role may call it, group names give roles through
 * the role mapping, and a page of people or groups costs as many SQL statements for twelve as for one.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ProvisioningIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private Provisioning provisioning;

    @EJB
    private TokenService tokens;

    @Inject
    private AsScimClient scim;

    @Inject
    private AsHrAdmin hana;

    @Inject
    private AsInterviewer ines;

    @Inject
    private UserRepository users;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ProvisionedUser create(String userName) {
        return scim.call(() -> provisioning.createUser(
                new UserData(userName, "ext-" + userName, "Person " + userName, userName + "@example.com", true)));
    }

    @Test
    void onlyTheScimClientProvisionsAndOnlyHrAdminsIssueScimTokens() {
        assertInstanceOf(EJBAccessException.class, hana.refusal(() -> provisioning.users(1, 10)));
        assertInstanceOf(
                EJBAccessException.class,
                ines.refusal(() -> provisioning.createUser(new UserData("intruder", null, null, null, true))));
        assertInstanceOf(EJBAccessException.class, ines.refusal(() -> tokens.issueScim("mine")));
        assertInstanceOf(EJBAccessException.class, ines.refusal(() -> tokens.scimTokens()));
        assertInstanceOf(EJBAccessException.class, scim.refusal(() -> tokens.issueScim("itself")));
        assertTrue(users.find("intruder").isEmpty());

        long id = hana.call(() -> tokens.issueScim("Entra ID")).token().id();
        assertTrue(hana.call(() -> tokens.scimTokens()).stream().anyMatch(t -> t.id() == id));
        assertFalse(hana.call(() -> tokens.atsTokens()).stream().anyMatch(t -> t.id() == id));
        hana.call(() -> {
            tokens.revoke(id);
            return null;
        });
        assertFalse(hana.call(() -> tokens.scimTokens()).stream().anyMatch(t -> t.id() == id));
    }

    @Test
    void aGroupsNameGivesItsMembersTheRoleItMapsTo() {
        ProvisionedUser person = create(unique("gus"));
        String username = person.data().userName();
        ProvisionedGroup group = scim.call(
                () -> provisioning.createGroup(new GroupData(unique("Chess club"), null, List.of(person.id()))));
        assertEquals(Set.of(), users.find(username).orElseThrow().roles(), "a group no role names gives none");

        scim.call(() ->
                provisioning.replaceGroup(group.id(), new GroupData("hiring-manager", null, List.of(person.id()))));
        assertEquals(
                Set.of(Role.HIRING_MANAGER), users.find(username).orElseThrow().roles());
        assertEquals(
                Set.of("hiring-manager"), users.find(username).orElseThrow().directoryGroups());

        scim.call(() -> {
            provisioning.deleteGroup(group.id());
            return null;
        });
        assertEquals(Set.of(), users.find(username).orElseThrow().roles());
        assertEquals(Set.of(), users.find(username).orElseThrow().directoryGroups());
    }

    @Test
    void aPageOfTwelveCostsAsManyStatementsAsAPageOfOne() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(create(unique("page")).id());
        }
        for (int i = 0; i < 12; i++) {
            String name = unique("Team");
            scim.call(() -> provisioning.createGroup(new GroupData(name, null, ids)));
        }
        int oneUser = scim.call(() -> statements(() -> provisioning.users(1, 1)));
        int twelveUsers = scim.call(() -> statements(() -> provisioning.users(1, 12)));
        assertTrue(oneUser > 0, "statements are counted");
        assertEquals(oneUser, twelveUsers, "users: twelve cost as many statements as one (" + oneUser + ")");
        int oneGroup = scim.call(() -> statements(() -> provisioning.groups(1, 1)));
        int twelveGroups = scim.call(() -> statements(() -> provisioning.groups(1, 12)));
        assertTrue(oneGroup > 0, "statements are counted");
        assertEquals(oneGroup, twelveGroups, "groups: twelve cost as many statements as one (" + oneGroup + ")");
        assertEquals(12, scim.call(() -> provisioning.groups(1, 12)).items().size());
        assertTrue(scim.call(() -> provisioning.groups(1, 12)).items().stream()
                .allMatch(g -> g.members().size() == 12));
    }

    private static int statements(Runnable read) {
        read.run();
        SqlStatementCounter.reset();
        read.run();
        return SqlStatementCounter.count();
    }
}
