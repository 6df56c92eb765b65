package io.parley.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments made from the build output: the assembled {@code parley.ear} as the run command deploys
 * it. In-container tests go into the EAR's own WAR (Arquillian's servlet protocol needs exactly one WAR).
 */
public final class Deployments {

    private static final String WAR = "parley-web.war";

    private Deployments() {
    }

    /** The EAR exactly as built. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("parley.ear", "target/parley.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: run the tests with ./mvnw verify");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The EAR with the given test classes' packages added to its WAR, for tests that run inside Payara. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        for (Class<?> testClass : testClasses) {
            war.addClass(testClass);
        }
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }
}
