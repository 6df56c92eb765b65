package io.parley.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoKitTest {

    private final KitContent demo = DemoKit.content();

    @Test
    void theDemoKitCanBePublished() {
        assertEquals(List.of(), demo.publishingViolations());
        assertEquals("backend-engineer-onsite", new KitKey(DemoKit.KEY).value());
    }

    @Test
    void itIsARealisticKit() {
        assertTrue(demo.competencies().size() >= 5);
        for (CompetencySpec competency : demo.competencies()) {
            assertTrue(competency.anchorsComplete(demo.ratingScale()), competency.name());
            assertTrue(competency.questions().size() >= 2, competency.name());
            assertFalse(competency.description().isBlank(), competency.name());
        }
        assertTrue(demo.mustHaves().size() >= 3);
        assertTrue(demo.dealBreakers().size() >= 3);
        assertFalse(demo.roleBrief().problems().isBlank());
        assertFalse(demo.roleBrief().growth().isBlank());
        assertFalse(demo.roleBrief().training().isBlank());
        assertFalse(demo.roleBrief().performance().isBlank());
        assertTrue(demo.competencies().stream().anyMatch(CompetencySpec::required));
    }
}
