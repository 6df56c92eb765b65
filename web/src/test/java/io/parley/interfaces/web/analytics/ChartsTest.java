package io.parley.interfaces.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.analytics.ReliabilityReport;
import io.parley.application.analytics.ReliabilityReport.CompetencyReliability;
import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.model.analytics.Verdict;
import io.parley.interfaces.web.shell.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The charts' configurations: safe in a script block, and drawn from the same figures as the tables. */
class ChartsTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    void noTextCanLeaveTheScriptBlock() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("label", "</script><script>alert('x')</script> & \"q\" \\ \n \u2028");
        value.put("n", List.of(1, 0.25, -3.0E-4, Double.NaN, true));
        String json = ChartJson.write(value);
        assertEquals(
                "{\"label\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(\\u0027x\\u0027)\\u003c/script\\u003e"
                        + " \\u0026 \\\"q\\\" \\\\ \\n \\u2028\",\"n\":[1,0.25,-0.0003,null,true]}",
                json);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("'"));
    }

    @Test
    void diverging4PointScaleLowPointsLeftHighPointsRight() {
        String json =
                Charts.distribution(List.of(new Charts.Bar("Ines", Map.of("1", 1L, "2", 1L, "3", 2L, "4", 4L))), 4, EN);
        // stacked from the centre outwards: point 2, point 1 to the left; point 3, point 4 to the right
        assertTrue(json.contains("\"label\":\"Point 2\",\"data\":[-12.5]"), json);
        assertTrue(json.contains("\"label\":\"Point 1\",\"data\":[-12.5]"), json);
        assertTrue(json.contains("\"label\":\"Point 3\",\"data\":[25]"), json);
        assertTrue(json.contains("\"label\":\"Point 4\",\"data\":[50]"), json);
        assertTrue(json.indexOf("Point 2") < json.indexOf("Point 1"), json);
        assertTrue(json.indexOf("Point 3") < json.indexOf("Point 4"), json);
        assertTrue(json.contains("\"labels\":[\"Ines\"]"), json);
    }

    @Test
    void theMiddleOfAnOddScaleIsSplitAcrossTheCentre() {
        String json = Charts.distribution(List.of(new Charts.Bar("Omar", Map.of("2", 1L, "3", 2L, "4", 1L))), 5, EN);
        assertTrue(json.contains("\"label\":\"Point 3\",\"data\":[-25]"), json);
        assertTrue(json.contains("\"label\":\"Point 3\",\"data\":[25]"), json);
        assertTrue(json.contains("\"parleyDuplicate\":true"), json);
        assertNull(Charts.distribution(List.of(new Charts.Bar("Nobody", Map.of())), 4, EN), "nothing to draw");
    }

    @Test
    void alphaPerCompetencyWithItsIntervalAndThresholds() {
        ReliabilityReport report = new ReliabilityReport(
                "kit",
                null,
                40,
                true,
                new Estimate(0.7, 0.6, 0.8),
                Verdict.TENTATIVE,
                null,
                List.of(
                        new CompetencyReliability(
                                "a", "Design", 40, true, new Estimate(0.82, 0.71, 0.9), Verdict.RELIABLE, 1),
                        new CompetencyReliability("b", "Coding", 2, false, null, null, 0),
                        new CompetencyReliability(
                                "c", "Ops", 40, true, new Estimate(0.1, -0.34, 0.4), Verdict.UNRELIABLE, 9)));
        String json = Charts.alpha(report, EN);
        assertTrue(json.contains("\"labels\":[\"Design\",\"Ops\"]"), "no bar without an alpha: " + json);
        assertTrue(json.contains("\"data\":[[0.71,0.9],[-0.34,0.4]]"), json);
        assertTrue(json.contains("\"parleyValues\":[0.82,0.1]"), json);
        assertTrue(json.contains("\"min\":-0.4"), "the axis reaches the lowest interval: " + json);
        assertTrue(json.contains("\"value\":0.667") && json.contains("\"value\":0.8"), json);
        ReliabilityReport empty = new ReliabilityReport("kit", null, 0, false, null, null, null, List.of());
        assertNull(Charts.alpha(empty, EN));
    }
}
