package io.parley.application.analytics;

import io.parley.domain.model.analytics.AnalyticsCriteria;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once deployed, computes in the background what the analytics pages show first (every kit, all time: the
 * interviewers and, from the same figures, My calibration; adherence), so that the first hr-admin to open them is
 * not the one who waits, and the code that computes them is compiled by then. The answers stay cached until the
 * next debrief opens, as any other. A failure is logged and changes nothing else.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AnalyticsWarmUp {

    private static final Logger LOG = Logger.getLogger(AnalyticsWarmUp.class.getName());

    private static final AnalyticsCriteria EVERYTHING = new AnalyticsCriteria(null, null, null, null, null, null);

    @Inject
    private AnalyticsFigures figures;

    @Resource
    private SessionContext context;

    @PostConstruct
    void start() {
        context.getBusinessObject(AnalyticsWarmUp.class).warmUp();
    }

    /** Computes the default figures (in a transaction of its own, off the deployment's thread). */
    @Asynchronous
    public void warmUp() {
        long started = System.nanoTime();
        try {
            figures.interviewers(EVERYTHING);
            figures.adherence(null, EVERYTHING);
            LOG.info(() ->
                    "Analytics figures for every kit computed in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Computing the analytics figures ahead failed; they are computed when asked", e);
        }
    }
}
