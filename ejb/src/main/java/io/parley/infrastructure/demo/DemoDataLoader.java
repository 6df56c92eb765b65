package io.parley.infrastructure.demo;

import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo users (password {@code parley}, stored as PBKDF2 hashes) and the published demo kit into an
 * empty database, right after the schema migration, when {@code parley.demo.enabled} is true.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
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

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void load() {
        if (!enabled || users.count() > 0) {
            return;
        }
        user("hana", "Hana Schmidt", Role.HR_ADMIN);
        user("rita", "Rita Okafor", Role.RECRUITER);
        user("max", "Max Lindqvist", Role.HIRING_MANAGER);
        user("ines", "Ines Moreau", Role.INTERVIEWER);
        user("omar", "Omar Haddad", Role.INTERVIEWER);
        user("li", "Li Wei", Role.INTERVIEWER);

        Instant now = Instant.now();
        Kit kit = Kit.draft(new KitKey(DemoKit.KEY), DemoKit.content(), SYSTEM, now);
        kit.publish(SYSTEM, now);
        kits.store(kit);
        LOG.info("Demo data loaded: 6 demo users and the published kit " + DemoKit.KEY);
    }

    private void user(String username, String displayName, Role role) {
        users.store(new AppUser(username, displayName, username + "@parley.example",
                passwordHash.generate(DEMO_PASSWORD.toCharArray()), Set.of(role)));
    }
}
