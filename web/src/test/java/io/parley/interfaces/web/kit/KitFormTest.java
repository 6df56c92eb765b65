package io.parley.interfaces.web.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.shared.DomainException;
import io.parley.infrastructure.demo.DemoKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's page model: what the admin sees is what the domain gets, and row actions keep input. */
class KitFormTest {

    private static KitForm demoForm() {
        return KitForm.from(DemoKit.KEY, DemoKit.content());
    }

    @Test
    void theFormGivesBackExactlyTheContentItShows() {
        KitContent demo = DemoKit.content();
        assertEquals(demo, KitForm.from(DemoKit.KEY, demo).toContent());
        assertEquals(DemoKit.KEY, demoForm().trimmedKey());
        KitContent starter = KitContent.starter("New kit");
        assertEquals(starter, KitForm.from("new-kit", starter).toContent());
    }

    @Test
    void everyCompetencyKeepsOneAnchorPerScalePoint() {
        KitForm form = demoForm();
        form.addScalePoint();
        assertEquals(5, form.getScaleLabels().size());
        form.getCompetencies().forEach(c -> assertEquals(5, c.getAnchors().size()));
        form.addScalePoint();
        form.addScalePoint();
        form.addScalePoint();
        assertEquals(7, form.getScaleLabels().size(), "at most 7 points");
        for (int i = 0; i < 10; i++) {
            form.removeScalePoint();
        }
        assertEquals(3, form.getScaleLabels().size(), "at least 3 points");
        form.getCompetencies().forEach(c -> assertEquals(3, c.getAnchors().size()));
        form.addCompetency();
        assertEquals(
                3,
                form.getCompetencies()
                        .get(form.getCompetencies().size() - 1)
                        .getAnchors()
                        .size());
    }

    @Test
    void rowsMoveAndDisappearWhereAskedAndNowhereElse() {
        KitForm form = demoForm();
        String first = form.getCompetencies().get(0).getName();
        String second = form.getCompetencies().get(1).getName();
        form.moveCompetency(0, 1);
        assertEquals(
                List.of(second, first),
                List.of(
                        form.getCompetencies().get(0).getName(),
                        form.getCompetencies().get(1).getName()));
        form.moveCompetency(0, -1);
        form.moveCompetency(99, 1);
        form.removeCompetency(-1);
        assertEquals(second, form.getCompetencies().get(0).getName(), "out-of-range moves are ignored");
        int competencies = form.getCompetencies().size();
        form.removeCompetency(0);
        assertEquals(competencies - 1, form.getCompetencies().size());

        int questions = form.getCompetencies().get(0).getQuestions().size();
        form.addQuestion(0);
        assertEquals(questions + 1, form.getCompetencies().get(0).getQuestions().size());
        String lastText = form.getCompetencies().get(0).getQuestions().get(0).getText();
        form.moveQuestion(0, 0, 1);
        assertEquals(
                lastText, form.getCompetencies().get(0).getQuestions().get(1).getText());
        form.removeQuestion(0, 1);
        form.removeQuestion(7, 0);
        assertEquals(questions, form.getCompetencies().get(0).getQuestions().size());

        int blocks = form.getAgenda().size();
        form.addBlock(AgendaBlockKind.PITCH);
        form.moveBlock(blocks, -1);
        assertEquals(AgendaBlockKind.PITCH, form.getAgenda().get(blocks - 1).getKind());
        form.removeBlock(blocks - 1);
        assertEquals(blocks, form.getAgenda().size());
    }

    @Test
    void linesTypedInATextAreaBecomeACleanList() {
        KitForm form = demoForm();
        form.setMustHaves("  Ships to production \r\n\r\n Writes tests\n\n");
        form.getCompetencies().get(0).getQuestions().get(0).setProbes("Why?\r\n  \r\nAnd then?");
        KitContent content = form.toContent();
        assertEquals(List.of("Ships to production", "Writes tests"), content.mustHaves());
        assertEquals(
                List.of("Why?", "And then?"),
                content.competencies().get(0).questions().get(0).probes());
    }

    @Test
    void theAgendaTotalFollowsTheMinutes() {
        KitForm form = demoForm();
        int total = form.getAgendaMinutes();
        form.getAgenda().get(0).setMinutes(null);
        assertEquals(total - DemoKit.content().agendaTemplate().get(0).minutes(), form.getAgendaMinutes());
    }

    @Test
    void emptyNumberFieldsBecomeDomainRefusalsNotCrashes() {
        KitForm form = demoForm();
        form.setMinCandidateMinutes(null);
        assertEquals(
                "kit.policy.candidateMinutes",
                assertThrows(DomainException.class, form::toContent).code());

        KitForm weights = demoForm();
        weights.getCompetencies().get(0).setWeight(null);
        assertEquals(
                "kit.competency.weightRange",
                assertThrows(DomainException.class, weights::toContent).code());

        KitForm names = demoForm();
        names.setName(null);
        assertEquals(
                "validation.required",
                assertThrows(DomainException.class, names::toContent).code());

        KitForm minutes = demoForm();
        minutes.getAgenda().get(0).setMinutes(null);
        assertTrue(
                minutes.toContent().publishingViolations().stream()
                        .anyMatch(v -> v.path().equals("agenda[0].minutes")),
                "an empty block counts as 0 minutes");
    }
}
