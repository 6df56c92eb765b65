package io.parley.interfaces.web.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.interview.AgendaView;
import io.parley.application.interview.PrepView;
import io.parley.domain.model.agenda.AgendaContext;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.model.privacy.Erased;
import io.parley.domain.model.scorecard.CandidateQuestion;
import io.parley.domain.model.scorecard.QuestionNote;
import io.parley.domain.model.scorecard.Rating;
import io.parley.domain.model.scorecard.Recommendation;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.infrastructure.demo.DemoKit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorecard page's model: which competencies and note fields a member gets, and that the typed form gives back
 * every note it was filled with.
 */
class ScorecardFormTest {

    private static final KitContent KIT = DemoKit.content();

    /** The demo kit's questions numbered 1.. in kit order, and each one's competency. */
    private static final Map<Long, QuestionSpec> QUESTIONS = new LinkedHashMap<>();

    private static final Map<Long, String> COMPETENCY_OF = new LinkedHashMap<>();

    static {
        long id = 1;
        for (CompetencySpec competency : KIT.competencies()) {
            for (QuestionSpec question : competency.questions()) {
                QUESTIONS.put(id, question);
                COMPETENCY_OF.put(id++, competency.key());
            }
        }
    }

    /** ines owns one block on {@code competency}, picking {@code picked} of its questions (none: all of them). */
    private static PrepView prep(String competency, List<Long> picked) {
        Map<String, CompetencySpec> competencies = new LinkedHashMap<>();
        KIT.competencies().forEach(c -> competencies.put(c.key(), c));
        List<AgendaItem> items = List.of(
                new AgendaItem(AgendaBlockKind.WELCOME, "Welcome", 5, "max", List.of(), List.of()),
                new AgendaItem(AgendaBlockKind.COMPETENCY, "Ines", 30, "ines", List.of(competency), picked));
        AgendaContext context = new AgendaContext(60, List.of("max", "ines"), 10, 1, Map.of(), COMPETENCY_OF);
        AgendaView agenda = new AgendaView(
                1, 0, AgendaStatus.AGREED, items, List.of(), List.of(), context, Map.of(), Map.of(), null);
        return new PrepView(null, agenda, KIT, competencies, QUESTIONS);
    }

    private static Map<String, List<Long>> noteFields(ScorecardForm form) {
        Map<String, List<Long>> fields = new LinkedHashMap<>();
        form.getCompetencies()
                .forEach(row -> fields.put(
                        row.getKey(),
                        row.getQuestions().stream()
                                .map(ScorecardForm.NoteRow::getId)
                                .toList()));
        return fields;
    }

    private static List<Long> questionsOf(String competency) {
        return COMPETENCY_OF.entrySet().stream()
                .filter(e -> e.getValue().equals(competency))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Test
    void anAssignedCompetencyWithoutPickedQuestionsOffersAllOfThemAndTheOthersNone() {
        ScorecardForm form = ScorecardForm.of(
                prep("system-design", List.of()), List.of("system-design"), "ines", ScorecardContent.empty());
        Map<String, List<Long>> fields = noteFields(form);
        assertEquals(KIT.competencies().size(), fields.size(), "every competency may be rated");
        assertEquals("system-design", form.getCompetencies().get(0).getKey(), "the member's own first");
        assertTrue(form.getCompetencies().get(0).isAssigned());
        assertEquals(questionsOf("system-design"), fields.get("system-design"), "in the kit's order");
        fields.remove("system-design");
        fields.values().forEach(ids -> assertEquals(List.of(), ids, "no note fields for optional competencies"));
    }

    @Test
    void pickedQuestionsAreTheOnlyOnesOfTheirCompetency() {
        long second = questionsOf("system-design").get(1);
        ScorecardForm form = ScorecardForm.of(
                prep("system-design", List.of(second)), List.of("system-design"), "ines", ScorecardContent.empty());
        assertEquals(List.of(second), noteFields(form).get("system-design"));
    }

    @Test
    void aQuestionWithANoteKeepsItsFieldAndTheFormGivesEveryNoteBack() {
        long optional = questionsOf("collaboration").get(0);
        long own = questionsOf("system-design").get(0);
        ScorecardContent saved = new ScorecardContent(
                List.of(),
                List.of(new QuestionNote(own, "Asked about retries"), new QuestionNote(optional, "Came up anyway")),
                List.of(),
                List.of(),
                "",
                null);
        ScorecardForm form =
                ScorecardForm.of(prep("system-design", List.of()), List.of("system-design"), "ines", saved);
        assertEquals(List.of(optional), noteFields(form).get("collaboration"));
        assertEquals(
                List.of(own, optional),
                form.content().questionNotes().stream()
                        .map(QuestionNote::questionId)
                        .sorted()
                        .toList());
        assertEquals(
                "Came up anyway",
                form.content().questionNotes().stream()
                        .filter(n -> n.questionId() == optional)
                        .findFirst()
                        .orElseThrow()
                        .note());
    }

    @Test
    void aFormThatIsOnlyReadShowsEveryTextAsTheReaderSeesIt() {
        long own = questionsOf("system-design").get(0);
        ScorecardContent erased = new ScorecardContent(
                        List.of(new Rating("system-design", 3, "Clear on retries")),
                        List.of(new QuestionNote(own, "Asked about retries")),
                        List.of(new CandidateQuestion("Team size?", "Eight")),
                        List.of("Left early"),
                        "Strong",
                        Recommendation.YES)
                .anonymized();
        ScorecardForm form =
                ScorecardForm.of(prep("system-design", List.of()), List.of("system-design"), "ines", erased);
        form.showTexts(text -> Erased.TEXT.equals(text) ? "(erased)" : text);
        ScorecardForm.CompetencyRow design = form.getCompetencies().get(0);
        assertEquals("(erased)", design.getEvidence());
        assertEquals(3, design.getRating(), "ratings stay");
        assertEquals("(erased)", design.getQuestions().get(0).getNote());
        assertEquals("(erased)", form.getCandidateQuestions().get(0).getQuestion());
        assertEquals("(erased)", form.getCandidateQuestions().get(0).getAnswer());
        assertEquals(List.of("(erased)"), form.getDealBreakers());
        assertEquals("(erased)", form.getKeyTakeaways());
    }
}
