package io.parley.application.kit;

import static io.parley.domain.model.kit.KitContentBuilder.aPublishableKit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.kit.KitContent;
import io.parley.domain.shared.DomainException;
import io.parley.infrastructure.demo.DemoKit;
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

    @Test
    void aFieldOfTheWrongTypeIsRefused() {
        String json = exported().replaceFirst("\"weight\":2", "\"weight\":\"heavy\"");
        assertEquals("kit.import.invalid", code(json));
    }

    @Test
    void anUnknownQuestionTypeIsRefused() {
        String json = exported().replaceFirst("\"BEHAVIOURAL\"", "\"CHAT\"");
        assertEquals("kit.import.unknownValue", code(json));
    }

    @Test
    void contentTheDomainRefusesIsRefused() {
        String json = exported().replaceFirst("\"weight\":2", "\"weight\":99");
        assertEquals("kit.competency.weightRange", code(json));
    }
}
