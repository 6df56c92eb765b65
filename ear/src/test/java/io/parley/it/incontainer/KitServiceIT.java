package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.kit.KitService;
import io.parley.application.kit.KitSnapshot;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitPublishingException;
import io.parley.domain.model.kit.KitSearch;
import io.parley.domain.model.kit.KitStatus;
import io.parley.domain.model.kit.KitViolation;
import io.parley.domain.shared.DomainException;
import io.parley.infrastructure.demo.DemoKit;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kit service inside Payara: real transactions, roles, EclipseLink and the Flyway schema on H2. */
@ExtendWith(ArquillianExtension.class)
class KitServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(KitServiceIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private KitService kits;

    @Inject
    private AsHrAdmin admin;

    @Inject
    private AsInterviewer interviewer;

    private static String uniqueKey() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private KitSnapshot draft() {
        KitId id = admin.call(() -> kits.createDraft("Integration kit", uniqueKey()));
        return admin.call(() -> kits.find(id).orElseThrow());
    }

    @Test
    void publishingAKitWithoutCompetenciesIsRefusedAndItStaysADraft() {
        KitSnapshot draft = draft();
        RuntimeException refusal = admin.refusal(() -> kits.publish(draft.id(), draft.lockVersion()));
        KitPublishingException publishing = assertInstanceOf(KitPublishingException.class, refusal);
        assertEquals(KitViolation.NO_COMPETENCY, publishing.violations().get(0).code());
        assertEquals(
                KitStatus.DRAFT,
                admin.call(() -> kits.find(draft.id()).orElseThrow()).status());
    }

    @Test
    void aSaveBasedOnAStaleVersionIsRefusedAndNothingIsOverwritten() {
        KitSnapshot draft = draft();
        KitContent first = draft.content().withName("Saved first");
        KitContent second = draft.content().withName("Saved second, from an old page");
        long next = admin.call(() -> kits.saveDraft(draft.id(), draft.lockVersion(), draft.key(), first));
        assertNotEquals(draft.lockVersion(), next);

        RuntimeException refusal =
                admin.refusal(() -> kits.saveDraft(draft.id(), draft.lockVersion(), draft.key(), second));
        assertEquals(
                "conflict.stale",
                assertInstanceOf(DomainException.class, refusal).code());
        assertEquals(
                "Saved first",
                admin.call(() -> kits.find(draft.id()).orElseThrow()).content().name());
    }

    @Test
    void aPublishedVersionIsReadOnlyAndNewVersionCopiesItIntoTheNextDraft() {
        KitSnapshot draft = draft();
        long saved = admin.call(() -> kits.saveDraft(draft.id(), draft.lockVersion(), draft.key(), demoCopy(draft)));
        admin.call(() -> {
            kits.publish(draft.id(), saved);
            return null;
        });
        KitSnapshot published = admin.call(() -> kits.find(draft.id()).orElseThrow());
        assertEquals(KitStatus.PUBLISHED, published.status());

        RuntimeException refusal = admin.refusal(() -> kits.saveDraft(
                published.id(),
                published.lockVersion(),
                published.key(),
                published.content().withName("Changed after publishing")));
        assertEquals(
                "kit.readOnly", assertInstanceOf(DomainException.class, refusal).code());

        KitId nextId = admin.call(() -> kits.newVersion(published.id()));
        KitSnapshot next = admin.call(() -> kits.find(nextId).orElseThrow());
        assertEquals(2, next.version());
        assertEquals(KitStatus.DRAFT, next.status());
        assertEquals(published.key(), next.key());
        assertEquals(published.content(), next.content());

        assertEquals(
                "kit.newVersion.draftExists",
                assertInstanceOf(DomainException.class, admin.refusal(() -> kits.newVersion(published.id())))
                        .code());
    }

    @Test
    void anExportedKitImportsAsAnEqualDraft() {
        KitSnapshot draft = draft();
        admin.call(() -> kits.saveDraft(draft.id(), draft.lockVersion(), draft.key(), demoCopy(draft)));
        String json = admin.call(() -> kits.exportJson(draft.id()));

        KitId imported = admin.call(() -> kits.importJson(json));
        KitSnapshot copy = admin.call(() -> kits.find(imported).orElseThrow());
        assertEquals(demoCopy(draft), copy.content());
        assertEquals(draft.key() + "-copy", copy.key(), "the key in use gets a suffix");
        assertEquals(KitStatus.DRAFT, copy.status());
        assertEquals(1, copy.version());
    }

    @Test
    void importRefusesADocumentThatIsNotJson() {
        RuntimeException refusal = admin.refusal(() -> kits.importJson("{\"format\": \"parley-kit/1\", "));
        assertEquals(
                "kit.import.malformed",
                assertInstanceOf(DomainException.class, refusal).code());
    }

    @Test
    void onlyHrAdminsMayUseTheKitBuilder() {
        assertInstanceOf(
                EJBAccessException.class, interviewer.refusal(() -> kits.search(new KitSearch("", null, 0, 10))));
        assertInstanceOf(
                EJBAccessException.class, interviewer.refusal(() -> kits.createDraft("Sneaky kit", uniqueKey())));
        assertThrows(
                EJBAccessException.class,
                () -> kits.search(new KitSearch("", null, 0, 10)),
                "an anonymous caller is refused too");
        assertTrue(admin.call(() -> kits.search(new KitSearch("", null, 0, 10))).total() >= 1);
    }

    /**
     * The demo kit's content under a name of its own: published or copied under the demo kit's name, it would stand
     * next to the demo kit in the kit list that the browser tests search by that name.
     */
    private static KitContent demoCopy(KitSnapshot draft) {
        return DemoKit.content().withName("Demo copy " + draft.key());
    }
}
