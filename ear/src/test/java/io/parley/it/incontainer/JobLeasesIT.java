package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.shared.JobLeases;
import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled work runs once per deployment group: of the servers whose timers fire together, one claims the run; a
 * claim runs out, so the job carries on when the claiming server is gone.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeasesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(JobLeasesIT.class.getPackage(), Deployments.class);
    }

    @Inject
    private JobLeases leases;

    @EJB
    private PersistenceContexts db;

    @Test
    void oneOfManyAskingAtOnceGetsTheRunAndTheNextRunIsFreeAgain() throws Exception {
        String job = "it-" + UUID.randomUUID();
        db.nativeUpdate("insert into scheduled_job (name) values (?)", job);
        Instant now = Instant.now();
        Duration hold = Duration.ofMinutes(14);
        ExecutorService servers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asks.add(() -> leases.claim(job, now, hold));
            }
            int won = 0;
            for (Future<Boolean> answer : servers.invokeAll(asks)) {
                won += answer.get() ? 1 : 0;
            }
            assertEquals(1, won, "exactly one of eight timers firing together runs the job");
        } finally {
            servers.shutdown();
        }
        assertFalse(leases.claim(job, now.plus(Duration.ofMinutes(13)), hold), "the claim still holds");
        assertTrue(leases.claim(job, now.plus(Duration.ofMinutes(15)), hold), "the next run, on any server");
        assertFalse(leases.claim("no-such-job", now, hold), "a job without its row never runs");
    }
}
