package io.parley.infrastructure.demo;

import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.interview.Candidate;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.interview.Job;
import io.parley.domain.model.interview.PanelMember;
import io.parley.domain.model.interview.Schedule;
import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.token.ApiToken;
import io.parley.domain.model.token.TokenKind;
import io.parley.domain.model.token.TokenRepository;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo users (password {@code parley}, stored as PBKDF2 hashes), the published demo kit and one planned
 * interview and the demo API tokens of SPEC.md into an empty database when {@code parley.demo.enabled} is true, in a
 * transaction of its own; {@link DemoDataStartup} calls it right after the schema migration.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataLoader {

    static final String DEMO_PASSWORD = "parley";
    private static final String SYSTEM = "demo-data";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "parley.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    private UserRepository users;

    @Inject
    private KitRepository kits;

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private TokenRepository tokens;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** Loads the demo data into an empty database (nothing when switched off or when there are users). */
    public void load() {
        if (!enabled || users.count() > 0) {
            return;
        }
        user("hana", "Hana Schmidt", Role.HR_ADMIN);
        user("rita", "Rita Okafor", Role.RECRUITER);
        user("max", "Max Lindqvist", Role.HIRING_MANAGER);
        user("ines", "Ines Moreau", Role.INTERVIEWER);
        user("omar", "Omar Haddad", Role.INTERVIEWER);
        user("li", "Li Wei", Role.INTERVIEWER);

        em.flush(); // tokens and panels refer to the users by foreign keys EclipseLink does not know of
        tokens.store(ApiToken.withKnownSecret("demo-ats-token", "Demo ATS", TokenKind.ATS, null, Instant.now()));
        tokens.store(ApiToken.withKnownSecret(
                "demo-scim-token", "Demo directory provisioning", TokenKind.SCIM, null, Instant.now()));
        for (String username : List.of("hana", "rita", "max", "ines", "omar", "li")) {
            tokens.store(ApiToken.withKnownSecret(
                    "demo-" + username + "-token",
                    "Demo token of " + username,
                    TokenKind.PERSONAL,
                    username,
                    Instant.now()));
        }

        Instant now = Instant.now();
        Kit kit = Kit.draft(new KitKey(DemoKit.KEY), DemoKit.content(), SYSTEM, now);
        kit.publish(SYSTEM, now);
        kits.store(kit);
        interview(kit, now);
        LOG.info("Demo data loaded: 6 demo users, the published kit " + DemoKit.KEY
                + ", one interview and the demo API tokens");
    }

    /** An interview next Monday that max leads with ines and omar, its agenda still a draft for max to finish. */
    private void interview(Kit kit, Instant now) {
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin"))
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        Interview interview = Interview.plan(
                new Candidate("demo-candidate-1", "Sam Rivera", "sam.rivera@example.com"),
                new Job("demo-job-1", "Backend Engineer"),
                kit,
                new Schedule(start, kit.content().agendaMinutes()),
                "Room 4.12, Berlin office",
                List.of(new PanelMember("max", true), new PanelMember("ines", false), new PanelMember("omar", false)),
                "rita",
                now);
        interviews.store(interview);
        em.flush(); // the agenda refers to the interview by a foreign key EclipseLink does not know of
        agendas.store(Agenda.fromTemplate(
                interview.idValue(),
                kit.content().agendaTemplate(),
                interview.usernames(),
                interview.lead(),
                "rita",
                now));
    }

    private void user(String username, String displayName, Role role) {
        users.store(new AppUser(
                username,
                displayName,
                username + "@parley.example",
                passwordHash.generate(DEMO_PASSWORD.toCharArray()),
                Set.of(role)));
    }
}
