package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.interview.DepartedMember;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.PanelSeat;
import io.parley.application.user.NewLocalUser;
import io.parley.application.user.People;
import io.parley.application.user.PersonView;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.user.IdentitySource;
import io.parley.domain.model.user.PasswordPolicy;
import io.parley.domain.model.user.PeopleSearch;
import io.parley.domain.model.user.PersonStatus;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import io.parley.infrastructure.persistence.SqlStatementCounter;
import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The people page's service inside Payara, in the {@code database} identity setting, as hana (hr-admin) and, for the
 * refusals, the other demo roles. Every test makes its own people under a tag of its own.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

    private static final String GOOD_PASSWORD = "violet-anchor-harbour-7";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PeopleIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private People people;

    @EJB
    private InterviewService interviews;

    @Inject
    private AsHrAdmin hana;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHiringManager max;

    @Inject
    private AsInterviewer ines;

    @Inject
    private TestUsers testUsers;

    @Inject
    private TestPeople testPeople;

    @Inject
    private PersistenceContexts persistence;

    private Page<PersonView> search(String text, Role role, PersonStatus status, IdentitySource source) {
        return hana.call(() -> people.search(new PeopleSearch(text, role, status, source, 0, 50)));
    }

    private static Set<String> usernames(Page<PersonView> page) {
        return page.items().stream().map(PersonView::username).collect(Collectors.toSet());
    }

    private static String code(RuntimeException refusal) {
        return assertInstanceOf(DomainException.class, refusal).code();
    }

    @Test
    void onlyHrAdminsMayUseThePeoplePage() {
        String tag = TestPeople.tag();
        String someone = testUsers.user(tag + "-a", "Someone " + tag, true, Role.INTERVIEWER);
        for (RoleCaller other : List.<RoleCaller>of(rita, max, ines)) {
            for (Runnable attempt : List.<Runnable>of(
                    () -> people.search(PeopleSearch.all(20)),
                    () -> people.person(someone),
                    () -> people.retire(someone, 0),
                    () -> people.reactivate(someone, 0),
                    () -> people.create(
                            new NewLocalUser(tag + "-b", "B", "b@example.com", Set.of(Role.HR_ADMIN), GOOD_PASSWORD)),
                    () -> people.resetPassword(someone, 0, GOOD_PASSWORD))) {
                assertInstanceOf(EJBAccessException.class, other.refusal(attempt));
            }
        }
        assertTrue(hana.call(() -> people.person(someone)).active(), "nobody retired them");
        assertEquals("people.notFound", code(hana.refusal(() -> people.person(tag + "-b"))), "nobody was created");
    }

    @Test
    void peopleAreFoundByTextRoleStatusAndSource() {
        String tag = TestPeople.tag();
        String local = testUsers.user(tag + "-local", "Local " + tag, true, Role.INTERVIEWER);
        String retired = testUsers.user(tag + "-gone", "Gone " + tag, false, Role.RECRUITER);
        String ldap = testPeople.directoryUser(
                tag + "-ldap", "Ldap " + tag, IdentitySource.LDAP, "interviewer", "Staff-Berlin");
        String scim = testPeople.directoryUser(tag + "-scim", "Scim " + tag, IdentitySource.SCIM, "hiring-manager");
        // found by a part of the display name only, ignoring case
        String byName = testUsers.user(
                "n" + tag.substring(1, 6) + "-x", "Named " + tag.toUpperCase(), true, Role.HIRING_MANAGER);
        testPeople.signedIn(local);

        assertEquals(Set.of(local, retired, ldap, scim, byName), usernames(search(tag, null, null, null)));
        assertEquals(Set.of(local, ldap), usernames(search(tag, Role.INTERVIEWER, null, null)));
        assertEquals(Set.of(scim, byName), usernames(search(tag, Role.HIRING_MANAGER, null, null)));
        assertEquals(Set.of(retired), usernames(search(tag, null, PersonStatus.RETIRED, null)));
        assertEquals(Set.of(local, ldap, scim, byName), usernames(search(tag, null, PersonStatus.ACTIVE, null)));
        assertEquals(Set.of(ldap), usernames(search(tag, null, null, IdentitySource.LDAP)));
        assertEquals(Set.of(scim), usernames(search(tag, null, null, IdentitySource.SCIM)));
        assertEquals(Set.of(), usernames(search(tag, null, null, IdentitySource.OIDC)));
        assertEquals(
                Set.of(local), usernames(search(tag, Role.INTERVIEWER, PersonStatus.ACTIVE, IdentitySource.LOCAL)));
        assertEquals(Set.of(), usernames(search(tag + "%", null, null, null)), "% is taken literally");

        Map<String, PersonView> found =
                search(tag, null, null, null).items().stream().collect(Collectors.toMap(PersonView::username, p -> p));
        PersonView fromLdap = found.get(ldap);
        assertEquals(Set.of(Role.INTERVIEWER), fromLdap.roles());
        assertEquals(
                List.of(
                        new PersonView.GroupRoles("Staff-Berlin", Set.of()),
                        new PersonView.GroupRoles("interviewer", Set.of(Role.INTERVIEWER))),
                fromLdap.groups(),
                "each group with the role it gives");
        assertNotNull(found.get(local).lastSignInAt());
        assertNull(found.get(ldap).lastSignInAt());
        assertFalse(found.get(retired).active());
        assertNotNull(found.get(retired).retiredAt());
        assertEquals(IdentitySource.LOCAL, found.get(local).source());
    }

    @Test
    void thePageIsOrderedByNameBoundedAndCostsTheSameStatementsForAnySize() {
        String tag = TestPeople.tag();
        for (int i = 0; i < 12; i++) {
            testUsers.user(tag + "-" + i, String.format("Paged %s %02d", tag, i), true, Role.INTERVIEWER);
        }
        Page<PersonView> first = hana.call(() -> people.search(new PeopleSearch(tag, null, null, null, 0, 5)));
        assertEquals(12, first.total());
        assertEquals(
                List.of(tag + "-0", tag + "-1", tag + "-2", tag + "-3", tag + "-4"),
                first.items().stream().map(PersonView::username).toList());
        Page<PersonView> last = hana.call(() -> people.search(new PeopleSearch(tag, null, null, null, 10, 5)));
        assertEquals(
                List.of(tag + "-10", tag + "-11"),
                last.items().stream().map(PersonView::username).toList());

        int two = statements(() -> people.search(new PeopleSearch(tag, null, null, null, 0, 2)));
        int twelve = statements(() -> people.search(new PeopleSearch(tag, null, null, null, 0, 12)));
        assertTrue(two > 0, "statements are counted");
        assertEquals(two, twelve, "a page of 12 costs as many statements as a page of 2 (" + two + ")");
    }

    private int statements(Supplier<?> work) {
        return hana.call(() -> {
            work.get();
            SqlStatementCounter.reset();
            work.get();
            return SqlStatementCounter.count();
        });
    }

    @Test
    void aPersonIsRetiredAndReactivatedWithTheVersionRead() {
        String tag = TestPeople.tag();
        String leaver = testUsers.user(tag + "-leaver", "Leaver " + tag, true, Role.INTERVIEWER);
        PersonView read = hana.call(() -> people.person(leaver));
        assertTrue(read.active());

        assertEquals(People.STALE, code(hana.refusal(() -> people.retire(leaver, read.version() + 1))));
        PersonView retired = hana.call(() -> people.retire(leaver, read.version()));
        assertFalse(retired.active());
        assertNotNull(retired.retiredAt());
        assertTrue(retired.version() > read.version());
        assertEquals(
                People.STALE,
                code(hana.refusal(() -> people.reactivate(leaver, read.version()))),
                "a second tab that still shows the person as active");
        assertFalse(hana.call(() -> people.person(leaver)).active());

        PersonView back = hana.call(() -> people.reactivate(leaver, retired.version()));
        assertTrue(back.active());
        assertNull(back.retiredAt());
        assertEquals(People.NOT_FOUND, code(hana.refusal(() -> people.retire(tag + "-nobody", 0))));
    }

    @Test
    void anHrAdminCannotRetireThemselves() {
        PersonView self = hana.call(() -> people.person("hana"));
        assertEquals(People.RETIRE_SELF, code(hana.refusal(() -> people.retire("hana", self.version()))));
        assertTrue(hana.call(() -> people.person("hana")).active());
    }

    @Test
    void localUsersAreCreatedUnderThePasswordPolicyWithAPbkdf2Hash() {
        String tag = TestPeople.tag();
        String username = tag + "-new";
        Map<String, String> refused = Map.of(
                "short-pass1",
                PasswordPolicy.TOO_SHORT,
                "my-" + username.toUpperCase() + "-pass",
                PasswordPolicy.CONTAINS_USERNAME,
                "Password1234",
                PasswordPolicy.COMMON,
                "parleyparley",
                PasswordPolicy.COMMON);
        refused.forEach((password, why) -> assertEquals(
                why,
                code(hana.refusal(() -> people.create(new NewLocalUser(
                        username, "New " + tag, "new@example.com", Set.of(Role.INTERVIEWER), password)))),
                password));
        assertEquals(
                People.ATS_ROLE,
                code(hana.refusal(() -> people.create(
                        new NewLocalUser(username, "New", "new@example.com", Set.of(Role.ATS), GOOD_PASSWORD)))));
        for (NewLocalUser bad : List.of(
                new NewLocalUser("has space", "New", "new@example.com", Set.of(Role.INTERVIEWER), GOOD_PASSWORD),
                new NewLocalUser(username, " ", "new@example.com", Set.of(Role.INTERVIEWER), GOOD_PASSWORD),
                new NewLocalUser(username, "New", "not-an-address", Set.of(Role.INTERVIEWER), GOOD_PASSWORD),
                new NewLocalUser(username, "New", "new@example.com", Set.of(), GOOD_PASSWORD))) {
            assertInstanceOf(
                    ConstraintViolationException.class, hana.refusal(() -> people.create(bad)), bad.toString());
        }
        assertEquals(People.NOT_FOUND, code(hana.refusal(() -> people.person(username))), "nothing was created");

        PersonView created = hana.call(() -> people.create(new NewLocalUser(
                username, "New " + tag, "new@example.com", Set.of(Role.INTERVIEWER, Role.RECRUITER), GOOD_PASSWORD)));
        assertEquals(IdentitySource.LOCAL, created.source());
        assertEquals(Set.of(Role.INTERVIEWER, Role.RECRUITER), created.roles());
        assertTrue(created.active());
        assertEquals(1, hashed(username, "PBKDF2WithHmacSHA256:%"), "the hash of the demo users' kind");
        assertEquals(0, hashed(username, "%" + GOOD_PASSWORD + "%"), "never the password itself");
        assertEquals(
                People.EXISTS,
                code(hana.refusal(() -> people.create(new NewLocalUser(
                        username, "Again", "again@example.com", Set.of(Role.INTERVIEWER), GOOD_PASSWORD)))));
    }

    private long hashed(String username, String pattern) {
        return persistence.count(
                "select count(u) from AppUser u where u.username = :name and u.passwordHash like :pattern",
                "name",
                username,
                "pattern",
                pattern);
    }

    @Test
    void aPasswordIsResetUnderThePolicyForLocalUsersOnly() {
        String tag = TestPeople.tag();
        String local = testUsers.user(tag + "-pw", "Password " + tag, true, Role.INTERVIEWER);
        String ldap = testPeople.directoryUser(tag + "-dir", "Directory " + tag, IdentitySource.LDAP, "interviewer");
        PersonView read = hana.call(() -> people.person(local));

        assertEquals(
                PasswordPolicy.TOO_SHORT,
                code(hana.refusal(() -> people.resetPassword(local, read.version(), "short"))));
        assertEquals(
                People.STALE, code(hana.refusal(() -> people.resetPassword(local, read.version() + 1, GOOD_PASSWORD))));
        assertEquals(0, hashed(local, "PBKDF2WithHmacSHA256:%"), "still the test user's placeholder");
        PersonView reset = hana.call(() -> people.resetPassword(local, read.version(), GOOD_PASSWORD));
        assertTrue(reset.version() > read.version());
        assertEquals(1, hashed(local, "PBKDF2WithHmacSHA256:%"));

        PersonView fromDirectory = hana.call(() -> people.person(ldap));
        assertEquals(
                People.NOT_LOCAL,
                code(hana.refusal(() -> people.resetPassword(ldap, fromDirectory.version(), GOOD_PASSWORD))));
    }

    @Test
    void aRetiredPanelMemberLeavesANoticeOnTheOpenInterviewAndNoNewSeat() {
        String tag = TestPeople.tag();
        String leaver = testUsers.user(tag + "-panel", "Panel " + tag, true, Role.INTERVIEWER);
        InterviewId id = rita.call(() ->
                interviews.plan(Interviews.draft(List.of(new PanelSeat("max", true), new PanelSeat(leaver, false)))));
        PersonView before = hana.call(() -> people.person(leaver));
        assertEquals(1, before.openSeats());
        assertEquals(List.of(), max.call(() -> interviews.page(id)).departed());
        assertTrue(
                rita.call(() -> interviews.panelCandidates(tag)).stream()
                        .anyMatch(c -> c.username().equals(leaver)),
                "offered before retiring");

        hana.call(() -> people.retire(leaver, before.version()));

        List<DepartedMember> departed = max.call(() -> interviews.page(id)).departed();
        assertEquals(List.of(new DepartedMember(leaver, "Panel " + tag, true, true)), departed);
        assertEquals(departed, rita.call(() -> interviews.page(id)).departed(), "the recruiter is told too");
        assertEquals(
                "Panel " + tag, max.call(() -> interviews.page(id)).names().get(leaver), "still named on the panel");
        assertEquals(1, hana.call(() -> people.person(leaver)).openSeats(), "the seat is theirs until replaced");
        assertTrue(rita.call(() -> interviews.panelCandidates(tag)).isEmpty(), "no longer offered for a panel");
        DomainException refusal = assertInstanceOf(
                DomainException.class,
                rita.refusal(() -> interviews.plan(
                        Interviews.draft(List.of(new PanelSeat("max", true), new PanelSeat(leaver, false))))));
        assertEquals("interview.panel.unknownUser", refusal.code());
        assertEquals(leaver, refusal.arguments()[0], "the refusal names the id");

        rita.call(() -> {
            interviews.cancel(id);
            return null;
        });
        assertEquals(List.of(), max.call(() -> interviews.page(id)).departed(), "a cancelled interview asks nothing");
        assertEquals(0, hana.call(() -> people.person(leaver)).openSeats());
    }
}
