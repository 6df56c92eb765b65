package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.parley.application.user.NewLocalUser;
import io.parley.application.user.People;
import io.parley.application.user.PersonView;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.PeopleSearch;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With {@code parley.identity=ldap} the company directory keeps people and passwords: the people page still finds,
 * retires and reactivates them, but creating local users and resetting passwords are refused on the server.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleOutsideDatabaseModeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                List.of("parley.identity=ldap", "parley.ldap.url=ldap://127.0.0.1:9"),
                PeopleOutsideDatabaseModeIT.class.getPackage(),
                Deployments.class);
    }

    @EJB
    private People people;

    @Inject
    private AsHrAdmin hana;

    @Inject
    private TestPeople testPeople;

    @Inject
    private TestUsers testUsers;

    @Test
    void onlyDatabaseModeCreatesUsersAndResetsPasswords() {
        String tag = TestPeople.tag();
        String local = testUsers.user(tag + "-local", "Local " + tag, true, Role.INTERVIEWER);
        assertFalse(hana.call(() -> people.localPasswords()));
        assertEquals(
                People.LOCAL_ONLY,
                assertInstanceOf(
                                DomainException.class,
                                hana.refusal(() -> people.create(new NewLocalUser(
                                        tag + "-new",
                                        "New " + tag,
                                        "new@example.com",
                                        Set.of(Role.INTERVIEWER),
                                        "violet-anchor-harbour-7"))))
                        .code());
        PersonView read = hana.call(() -> people.person(local));
        assertEquals(
                People.LOCAL_ONLY,
                assertInstanceOf(
                                DomainException.class,
                                hana.refusal(
                                        () -> people.resetPassword(local, read.version(), "violet-anchor-harbour-7")))
                        .code());
        assertEquals(read.version(), hana.call(() -> people.person(local)).version(), "nothing changed");
    }

    @Test
    void directoryPeopleAreStillFoundRetiredAndReactivated() {
        String tag = TestPeople.tag();
        String ldap = testPeople.directoryUser(tag + "-ldap", "Ldap " + tag, IdentitySource.LDAP, "interviewer");
        PersonView found = hana.call(() -> people.search(new PeopleSearch(tag, null, null, IdentitySource.LDAP, 0, 20)))
                .items()
                .get(0);
        assertEquals(ldap, found.username());
        PersonView retired = hana.call(() -> people.retire(ldap, found.version()));
        assertFalse(retired.active());
        assertEquals(
                true,
                hana.call(() -> people.reactivate(ldap, retired.version())).active());
    }
}
