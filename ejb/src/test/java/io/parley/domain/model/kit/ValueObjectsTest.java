package io.parley.domain.model.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Test
    void aKitKeyIsUrlSafe() {
        assertEquals("backend-engineer-onsite", new KitKey(" backend-engineer-onsite ").value());
        assertTrue(KitKey.isValid(KitKey.slug("Backend Engineer \u2013 Onsite!")));
        assertEquals("backend-engineer-onsite", KitKey.slug("Backend Engineer \u2013 Onsite!"));
        assertEquals("uber-muster", KitKey.slug("\u00dcber Muster"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Backend", "ab", "a--b", "-abc", "abc-", "a b c", "k\u00fcche", ""})
    void aKitKeyRefusesWhatIsNotUrlSafe(String key) {
        assertEquals(
                "kit.key.invalid",
                assertThrows(DomainException.class, () -> new KitKey(key)).code());
        assertFalse(KitKey.isValid(key));
    }

    @Test
    void aKitKeyHasAtMost64Characters() {
        assertThrows(DomainException.class, () -> new KitKey("a".repeat(65)));
        assertEquals(64, new KitKey("a".repeat(64)).value().length());
        assertTrue(KitKey.slug("word ".repeat(30)).length() <= 64);
    }

    @Test
    void theDefaultScaleHasFourPointsAndNoMidpoint() {
        assertEquals(
                List.of("Strong no", "No", "Yes", "Strong yes"),
                RatingScale.defaultScale().labels());
        assertEquals(4, RatingScale.defaultScale().points());
        assertTrue(RatingScale.defaultScale().contains(1));
        assertFalse(RatingScale.defaultScale().contains(5));
        assertFalse(RatingScale.defaultScale().contains(0));
    }

    @Test
    void aScaleHasThreeToSevenLabelledPoints() {
        assertThrows(DomainException.class, () -> new RatingScale(List.of("1", "2")));
        assertThrows(DomainException.class, () -> new RatingScale(List.of("1", "2", "3", "4", "5", "6", "7", "8")));
        assertThrows(DomainException.class, () -> new RatingScale(List.of("1", " ", "3")));
        assertEquals(7, new RatingScale(List.of("1", "2", "3", "4", "5", "6", "7")).points());
    }

    @Test
    void blockMinutesAreBetweenZeroAnd480() {
        assertThrows(DomainException.class, () -> new AgendaBlockTemplate(AgendaBlockKind.WELCOME, "Hi", -1));
        assertThrows(DomainException.class, () -> new AgendaBlockTemplate(AgendaBlockKind.WELCOME, "Hi", 481));
        assertThrows(DomainException.class, () -> new AgendaBlockTemplate(AgendaBlockKind.WELCOME, " ", 5));
        assertEquals(480, new AgendaBlockTemplate(AgendaBlockKind.WELCOME, "Hi", 480).minutes());
        assertTrue(AgendaBlockKind.COMPETENCY.scored());
        assertFalse(AgendaBlockKind.CANDIDATE_QUESTIONS.scored());
    }

    @Test
    void thePolicyDefaultsToTenMinutesAndOneInterviewer() {
        assertEquals(10, KitPolicy.defaultPolicy().minCandidateQuestionMinutes());
        assertEquals(1, KitPolicy.defaultPolicy().minInterviewersPerRequiredCompetency());
        assertEquals(
                "kit.policy.candidateMinutes",
                assertThrows(DomainException.class, () -> new KitPolicy(0, 1)).code());
        assertEquals(
                "kit.policy.interviewers",
                assertThrows(DomainException.class, () -> new KitPolicy(10, 0)).code());
    }

    @Test
    void aQuestionNeedsTextAndSensibleMinutes() {
        assertEquals(
                "validation.required",
                assertThrows(
                                DomainException.class,
                                () -> new QuestionSpec(QuestionType.TECHNICAL, "  ", List.of(), "", 5))
                        .code());
        assertEquals(
                "kit.question.minutesRange",
                assertThrows(
                                DomainException.class,
                                () -> new QuestionSpec(QuestionType.TECHNICAL, "Why?", List.of(), "", 121))
                        .code());
        QuestionSpec question = new QuestionSpec(QuestionType.TECHNICAL, " Why? ", List.of(" a ", "", "b"), null, 0);
        assertEquals("Why?", question.text());
        assertEquals(List.of("a", "b"), question.probes(), "blank probes are dropped, the rest trimmed");
    }

    @Test
    void aCompetencyHasAWeightFromOneToTenAndAKeyFromItsName() {
        assertEquals(
                "kit.competency.weightRange",
                assertThrows(
                                DomainException.class,
                                () -> new CompetencySpec(null, "Design", "", true, 0, List.of(), List.of()))
                        .code());
        assertThrows(
                DomainException.class, () -> new CompetencySpec(null, "Design", "", true, 11, List.of(), List.of()));
        CompetencySpec competency = new CompetencySpec(null, "System Design", "", true, 10, List.of("x"), List.of());
        assertEquals("system-design", competency.key());
        CompetencySpec fitted = competency.fittedTo(RatingScale.defaultScale());
        assertEquals(List.of("x", "", "", ""), fitted.anchors());
        assertFalse(fitted.anchorsComplete(RatingScale.defaultScale()));
    }

    @Test
    void twoCompetenciesMayNotShareAKey() {
        DomainException refusal = assertThrows(
                DomainException.class,
                () -> KitContentBuilder.aPublishableKit()
                        .withCompetency(KitContentBuilder.competency("SQL and data modelling", 4, false))
                        .build());
        assertEquals("kit.competency.duplicateKey", refusal.code());
    }
}
