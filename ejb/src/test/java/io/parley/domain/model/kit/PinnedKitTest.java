package io.parley.domain.model.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinnedKitTest {

    private final KitContent content = KitContentBuilder.aPublishableKit().build();

    /** Ids 100, 101, ... in kit order, as the database would give them. */
    private Map<String, List<Long>> ids() {
        Map<String, List<Long>> ids = new HashMap<>();
        long next = 100;
        for (CompetencySpec competency : content.competencies()) {
            List<Long> theirs = new ArrayList<>();
            for (int i = 0; i < competency.questions().size(); i++) {
                theirs.add(next++);
            }
            ids.put(competency.key(), theirs);
        }
        return ids;
    }

    @Test
    void everyQuestionIsFoundByItsIdWithItsCompetencyInKitOrder() {
        PinnedKit kit = new PinnedKit(new KitId(7), "backend", 2, content, ids());
        assertEquals(
                content.competencies().stream().map(CompetencySpec::key).toList(),
                List.copyOf(kit.competencies().keySet()));
        long id = 100;
        for (CompetencySpec competency : content.competencies()) {
            for (QuestionSpec question : competency.questions()) {
                assertEquals(question, kit.questions().get(id));
                assertEquals(competency.key(), kit.questionCompetencies().get(id));
                id++;
            }
        }
        assertEquals(id - 100, kit.questions().size());
        assertEquals(content.name(), kit.name());
        assertEquals(content.ratingScale(), kit.ratingScale());
    }

    @Test
    void idsThatDoNotMatchTheQuestionsAreRefused() {
        Map<String, List<Long>> ids = ids();
        String first = content.competencies().get(0).key();
        ids.put(first, ids.get(first).subList(1, ids.get(first).size()));
        assertThrows(IllegalArgumentException.class, () -> new PinnedKit(new KitId(7), "backend", 2, content, ids));
    }

    @Test
    void theMapsCannotBeChangedByWhoeverReadsThem() {
        PinnedKit kit = new PinnedKit(new KitId(7), "backend", 2, content, ids());
        assertThrows(UnsupportedOperationException.class, () -> kit.questions().clear());
        assertThrows(
                UnsupportedOperationException.class, () -> kit.competencies().clear());
    }
}
