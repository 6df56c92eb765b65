package io.parley.application.kit;

import static io.parley.domain.model.kit.KitContentBuilder.aPublishableKit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.kit.KitContent;
import io.parley.domain.shared.DomainException;
import io.parley.infrastructure.demo.DemoKit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KitJsonTest {

    private static String code(String json) {
        return assertThrows(DomainException.class, () -> KitJson.read(json)).code();
    }

    private static String exported() {
        return KitJson.write("data-engineer-onsite", 3, aPublishableKit().build());
    }

    @Test
    void exportThenImportGivesAnEqualKit() {
        KitContent content =
                aPublishableKit().withScale("1", "2", "3", "4", "5").build();
        KitJson.Document document = KitJson.read(KitJson.write("data-engineer-onsite", 3, content));
        assertEquals(content, document.content());
        assertEquals("data-engineer-onsite", document.key());
        assertEquals(3, document.version());
    }

    @Test
    void theDemoKitSurvivesTheRoundTripWithEveryDetail() {
        KitContent demo = DemoKit.content();
        assertEquals(demo, KitJson.read(KitJson.write(DemoKit.KEY, 1, demo)).content());
    }

    @Test
    void theExportSaysWhatItIs() {
        assertTrue(exported().contains("\"format\":\"" + KitJson.FORMAT + "\""), exported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyFileIsRefused(String json) {
        assertEquals("kit.import.empty", code(json));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        assertEquals("kit.import.tooLarge", code("{\"x\":\"" + "a".repeat(KitJson.MAX_LENGTH) + "\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "not json", "[1, 2", "{\"format\": }"})
    void malformedJsonIsRefused(String json) {
        assertEquals("kit.import.malformed", code(json));
    }

    @Test
    void aTruncatedExportIsRefused() {
        String json = exported();
        assertEquals("kit.import.malformed", code(json.substring(0, json.length() / 2)));
    }

    @Test
    void anotherFormatIsRefused() {
        assertEquals("kit.import.format", code(exported().replace(KitJson.FORMAT, "parley-kit/99")));
        assertEquals("kit.import.format", code("[]"));
    }

    /** The problems of a document that has the format's name, each as "path code". */
    private static List<String> problems(String json) {
        KitImportException refused = assertThrows(KitImportException.class, () -> KitJson.read(json));
        return refused.violations().stream().map(v -> v.path() + " " + v.code()).toList();
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedNamingItsPath() {
        String json = exported().replaceFirst("\"weight\":2", "\"weight\":\"heavy\"");
        assertEquals(KitImportException.UNREADABLE, code(json));
        assertEquals(List.of("competencies[0].weight kit.import.invalid"), problems(json));
    }

    @Test
    void anUnknownQuestionTypeIsRefusedNamingItsPath() {
        String json = exported().replaceFirst("\"BEHAVIOURAL\"", "\"CHAT\"");
        assertEquals(KitImportException.UNREADABLE, code(json));
        assertEquals(List.of("competencies[0].questions[0].type kit.import.unknownValue"), problems(json));
    }

    @Test
    void contentTheDomainRefusesIsRefusedNamingItsPath() {
        String json = exported().replaceFirst("\"weight\":2", "\"weight\":99");
        assertEquals(KitImportException.REFUSED, code(json));
        assertEquals(List.of("competencies[0].weight kit.competency.weightRange"), problems(json));
    }

    @Test
    void everyBadFieldIsNamedAtOnceAlsoSeveralInOnePart() {
        String json = exported()
                .replace("\"key\":\"data-engineer-onsite\"", "\"key\":\"Data Engineer\"")
                .replace("\"name\":\"Data Engineer \u2013 Onsite\"", "\"name\":\" \"")
                .replace("\"stage\":\"Onsite\"", "\"stage\":\"" + "s".repeat(KitContent.MAX_SHORT_LENGTH + 1) + "\"")
                .replace("\"ratingScale\":[\"Strong no\"", "\"ratingScale\":[\"\"")
                .replaceFirst("\"weight\":2", "\"weight\":0")
                .replaceFirst("\"name\":\"SQL and data modelling\"", "\"name\":\"\"")
                .replaceFirst("\"suggestedMinutes\":8", "\"suggestedMinutes\":121")
                .replaceFirst("\"text\":\"Tell me about a time you used Stakeholder", "\"text\":\" \",\"x\":\"")
                .replace("\"minutes\":35", "\"minutes\":481")
                .replace("\"growth\":\"Staff track\"", "\"growth\":\"" + "g".repeat(4001) + "\"")
                .replace("\"minCandidateQuestionMinutes\":10", "\"minCandidateQuestionMinutes\":0")
                .replace("\"minInterviewersPerRequiredCompetency\":1", "\"minInterviewersPerRequiredCompetency\":11");
        assertEquals(
                List.of(
                        "key kit.key.invalid",
                        "ratingScale[0] validation.required",
                        "competencies[0].questions[0].suggestedMinutes kit.question.minutesRange",
                        "competencies[0].name validation.required",
                        "competencies[0].weight kit.competency.weightRange",
                        "competencies[1].questions[0].text validation.required",
                        "roleBrief.growth validation.tooLong",
                        "agendaTemplate[1].minutes kit.block.minutesRange",
                        "policy.minCandidateQuestionMinutes kit.policy.candidateMinutes",
                        "policy.minInterviewersPerRequiredCompetency kit.policy.interviewers",
                        "name validation.required",
                        "stage validation.tooLong"),
                problems(json));
        assertEquals(KitImportException.REFUSED, code(json));
    }

    @Test
    void missingMembersAndValuesTheDomainRefusesAreNamedTogetherAsUnreadable() {
        String json = exported()
                .replace("\"roleFamily\":\"Data\",", "")
                .replaceFirst("\"required\":true", "\"required\":\"yes\"")
                .replaceFirst("\"anchors\":\\[", "\"anchors\":[7,")
                .replace("\"kind\":\"WRAP_UP\"", "\"kind\":\"PARTY\"")
                .replaceFirst("\"weight\":2", "\"weight\":11");
        assertEquals(
                List.of(
                        "roleFamily kit.import.invalid",
                        "competencies[0].required kit.import.invalid",
                        "competencies[0].anchors[0] kit.import.invalid",
                        "competencies[0].weight kit.competency.weightRange",
                        "agendaTemplate[3].kind kit.import.unknownValue"),
                problems(json));
        assertEquals(KitImportException.UNREADABLE, code(json));
    }

    @Test
    void aRuleNoSingleMemberBreaksIsNamedAtItsPart() {
        // a competency without a key gets one made from its name; punctuation alone makes none
        String json = exported()
                .replaceFirst("\"key\":\"sql-and-data-modelling\"", "\"key\":\"\"")
                .replaceFirst("\"name\":\"SQL and data modelling\"", "\"name\":\"?!\"");
        assertEquals(List.of("competencies[0] kit.competency.keyInvalid"), problems(json));
    }

    @Test
    void rulesAcrossCompetenciesAreNamedAtTheCompetencies() {
        String json = exported().replace("\"key\":\"stakeholder-communication\"", "\"key\":\"sql-and-data-modelling\"");
        assertEquals(List.of("competencies kit.competency.duplicateKey"), problems(json));
    }

    @Test
    void aScaleOfTheWrongSizeIsNamedAtTheScale() {
        String json = exported().replace("\"ratingScale\":[\"Strong no\",", "\"ratingScale\":[");
        assertTrue(json.contains("\"ratingScale\":[\"No\",\"Yes\",\"Strong yes\"]"), json);
        String twoPoints = json.replace("\"No\",\"Yes\",", "\"No\",");
        assertEquals(List.of("ratingScale kit.scale.size"), problems(twoPoints));
    }

    @Test
    void aDocumentWithEveryMemberMissingNamesEachTopLevelMember() {
        assertEquals(
                List.of(
                        "key kit.import.invalid",
                        "version kit.import.invalid",
                        "name kit.import.invalid",
                        "roleFamily kit.import.invalid",
                        "stage kit.import.invalid",
                        "description kit.import.invalid",
                        "ratingScale kit.import.invalid",
                        "competencies kit.import.invalid",
                        "mustHaves kit.import.invalid",
                        "dealBreakers kit.import.invalid",
                        "roleBrief kit.import.invalid",
                        "agendaTemplate kit.import.invalid",
                        "policy kit.import.invalid"),
                problems("{\"format\":\"" + KitJson.FORMAT + "\"}"));
    }
}
