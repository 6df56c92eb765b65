package io.parley.it.support;

import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.incontainer.AsHiringManager;
import io.parley.it.incontainer.AsHiringManagerInOneTransaction;
import io.parley.it.incontainer.AsHrAdmin;
import io.parley.it.incontainer.AsInterviewer;
import io.parley.it.incontainer.AsRecruiter;
import io.parley.it.incontainer.AsScimClient;
import io.parley.it.incontainer.RoleCaller;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments made from the build output: the assembled {@code parley.ear} as the run command deploys
 * it. In-container tests go into the EAR's own WAR (Arquillian's servlet protocol needs exactly one WAR).
 */
public final class Deployments {

    private static final String WAR = "parley-web.war";
    private static final String EJB_JAR = "parley-ejb.jar";

    private Deployments() {}

    /**
     * The built EAR plus a test-only Payara mail resource ({@code java:app/mail/parley}, to GreenMail) and the demo
     * data switched on ({@code parley.demo.enabled=true}, as the README's run command does): the EAR's own default
     * is off.
     */
    public static EnterpriseArchive ear() {
        return ear(List.of());
    }

    /** {@link #ear()} with more MicroProfile Config settings ({@code key=value}), e.g. another identity source. */
    public static EnterpriseArchive ear(List<String> moreSettings) {
        List<String> settings = new ArrayList<>(List.of("parley.demo.enabled=true"));
        settings.addAll(moreSettings);
        if (onPostgresql()) {
            settings.addAll(postgresql("parley_it"));
        }
        return built().addAsLibrary(config("parley-test-config.jar", 150, settings.toArray(String[]::new)));
    }

    /** Whether the suite runs on PostgreSQL ({@code -Ppostgresql}) rather than the embedded H2. */
    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("parley.it.database"));
    }

    /**
     * The database settings of the PostgreSQL suite (127.0.0.1:5432, database {@code test}, trust auth) with the
     * tables in {@code schema}, which Flyway creates. They travel with the deployment rather than as the test
     * server's system properties, which Payara's {@code @DataSourceDefinition} would prefer over any deployment's
     * own. The password is not checked under trust auth but must not be empty.
     */
    public static List<String> postgresql(String schema) {
        return List.of(
                "parley.db.driver=org.postgresql.ds.PGSimpleDataSource",
                "parley.db.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                "parley.db.user=postgres",
                "parley.db.password=unused",
                "parley.db.schema=" + schema);
    }

    /**
     * The built EAR as a production install gets it: no demo setting at all, on a database of its own that
     * {@code databaseProperties} name (the test server's own database holds the demo data of the other tests).
     */
    public static EnterpriseArchive production(String... databaseProperties) {
        return built().addAsLibrary(config("parley-production-database.jar", 500, databaseProperties));
    }

    private static EnterpriseArchive built() {
        File ear = new File(System.getProperty("parley.ear", "target/parley.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: run the tests with ./mvnw verify");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear)
                .addAsManifestResource("glassfish-resources.xml", "glassfish-resources.xml");
    }

    /** A library jar whose MicroProfile Config source overrides the EAR's defaults at {@code ordinal}. */
    private static JavaArchive config(String name, int ordinal, String... properties) {
        String text = "config_ordinal=" + ordinal + "\n" + String.join("\n", properties) + "\n";
        return ShrinkWrap.create(JavaArchive.class, name)
                .addAsManifestResource(new StringAsset(text), "microprofile-config.properties");
    }

    /**
     * The EAR with a test package added to its WAR, for tests that run inside Payara. Two test-only descriptors
     * come along: a web fragment that lets Arquillian's runner servlet past the login constraint, and a role
     * mapping with one principal per role for the {@code @RunAs} callers in {@code io.parley.it.incontainer}.
     */
    public static EnterpriseArchive earWithTests(Package testPackage, Class<?>... moreClasses) {
        return earWithTests(List.of(), testPackage, moreClasses);
    }

    /** As {@link #earWithTests(Package, Class...)}, with more settings as in {@link #ear(List)}. */
    public static EnterpriseArchive earWithTests(List<String> settings, Package testPackage, Class<?>... moreClasses) {
        EnterpriseArchive ear = ear(settings);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addPackage(testPackage);
        war.addClasses(moreClasses);
        // the descriptor gives each role caller its run-as principal; it names all of them, so all come along
        war.addClasses(
                RoleCaller.class,
                AsHrAdmin.class,
                AsRecruiter.class,
                AsInterviewer.class,
                AsHiringManager.class,
                AsHiringManagerInOneTransaction.class,
                AsScimClient.class);
        war.addAsWebInfResource("incontainer/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource("incontainer/web-fragment.xml", "web-fragment.xml"));
        ear.delete(WAR);
        ear.addAsModule(war);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_JAR);
        ejb.addPackage(PersistenceContexts.class.getPackage());
        ear.delete(EJB_JAR);
        ear.addAsModule(ejb);
        ear.delete("META-INF/glassfish-application.xml");
        ear.addAsManifestResource("incontainer/glassfish-application.xml", "glassfish-application.xml");
        return ear;
    }
}
