package io.parley.infrastructure.demo;

import io.parley.domain.model.user.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Loads the demo data ({@link DemoDataLoader}) once the schema is migrated. Two servers of a deployment group starting
 * together on an empty database both find no users and both insert: the database takes one transaction's demo users
 * and refuses the other's (same user names), and that server goes on with the data the first one loaded.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @EJB
    private DemoDataLoader loader;

    @Inject
    private UserRepository users;

    public DemoDataStartup() {
        // for the EJB container
    }

    /** For tests outside the container. */
    DemoDataStartup(DemoDataLoader loader, UserRepository users) {
        this.loader = loader;
        this.users = users;
    }

    @PostConstruct
    void start() {
        try {
            loader.load();
        } catch (EJBException refused) {
            if (users.count() == 0) {
                throw refused;
            }
            LOG.info("Another server loaded the demo data at the same time; this one uses it");
        }
    }
}
