package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.kit.KitService;
import io.parley.application.kit.KitSnapshot;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitSearch;
import io.parley.domain.model.kit.KitStatus;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.infrastructure.persistence.SqlStatementCounter;
import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content of the kit versions interviews are pinned to: a published version is read from the database once and
 * then kept (it never changes), a draft is read every time (it still changes).
 */
@ExtendWith(ArquillianExtension.class)
class PinnedKitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PinnedKitIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private KitService kits;

    @Inject
    private PersistenceContexts persistence;

    @Inject
    private AsHrAdmin admin;

    @Test
    void aPublishedVersionIsReadOnceAndThenKeptWithItsQuestionsById() {
        KitId id = new KitId(admin.call(() -> kits.search(new KitSearch(null, KitStatus.PUBLISHED, 0, 1)))
                .items()
                .get(0)
                .id());
        persistence.pinned(id);
        SqlStatementCounter.reset();
        PinnedKit kept = persistence.pinned(id);
        assertEquals(0, SqlStatementCounter.count(), "a published version is not read again");

        KitSnapshot stored = admin.call(() -> kits.find(id).orElseThrow());
        assertEquals(stored.content(), kept.content());
        assertEquals(stored.key(), kept.key());
        assertEquals(stored.version(), kept.versionNumber());
        int questions = 0;
        for (CompetencySpec competency : kept.content().competencies()) {
            questions += competency.questions().size();
        }
        assertTrue(questions > 0, "the demo kit has questions");
        assertEquals(questions, kept.questions().size(), "every question by its id");
        kept.questionCompetencies()
                .forEach((question, competency) -> assertTrue(kept.competencies()
                        .get(competency)
                        .questions()
                        .contains(kept.questions().get(question))));
    }

    @Test
    void aDraftIsReadEveryTimeSoARevisionShowsAtOnce() {
        String key = "pin-" + UUID.randomUUID().toString().substring(0, 8);
        KitId id = admin.call(() -> kits.createDraft("Pinned draft", key));
        assertEquals("Pinned draft", persistence.pinned(id).name());

        KitSnapshot draft = admin.call(() -> kits.find(id).orElseThrow());
        KitContent revised = draft.content().withName("Revised draft");
        admin.call(() -> kits.saveDraft(id, draft.lockVersion(), draft.key(), revised));
        SqlStatementCounter.reset();
        assertEquals("Revised draft", persistence.pinned(id).name());
        assertTrue(SqlStatementCounter.count() > 0, "a draft is read from the database");
    }
}
