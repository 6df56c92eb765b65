package io.parley.interfaces.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.analytics.AdherenceReport.CompetencyDisagreement;
import io.parley.application.analytics.AdherenceReport.QuestionExposure;
import io.parley.application.analytics.AdherenceReport.Rate;
import io.parley.application.analytics.ReliabilityReport.CompetencyReliability;
import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.model.analytics.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV exports: the table's rows in its order, plain numbers, and no formula a spreadsheet would run. */
class AnalyticsCsvTest {

    @Test
    void namesThatStartAFormulaAreDefusedAndFiguresStayNumbers() {
        String csv = AnalyticsCsv.interviewers(
                List.of(
                        Samples.interviewer(
                                "eve",
                                "=HYPERLINK(\"http://evil\",\"x\")",
                                40,
                                new Estimate(-0.41234, -0.8, -0.1),
                                true),
                        Samples.interviewer("@bob", "+Bob", 3, null, false),
                        Samples.interviewer("dan", "-Dan \"the\" man", 3, null, false)),
                4);
        String[] lines = csv.split("\r\n");
        assertEquals(
                "user_id,name,scorecards,ratings,shared_ratings,leniency,leniency_low,leniency_high,flagged,"
                        + "ratings_1,ratings_2,ratings_3,ratings_4,middle_share,halo,median_hours_to_submit,contradictions",
                lines[0]);
        assertEquals(
                "\"eve\",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",12,36,40,-0.412,-0.8,-0.1,true,3,9,18,6,0.75,0.12,20.5,1",
                lines[1]);
        assertTrue(lines[2].startsWith("\"'@bob\",\"'+Bob\",12,36,3,,,,false,"), lines[2]);
        assertTrue(lines[3].startsWith("\"dan\",\"'-Dan \"\"the\"\" man\","), lines[3]);
        assertEquals(4, lines.length);
        for (String line : lines) {
            for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                assertTrue(
                        !cell.matches("\"[=+@-].*") && !cell.matches("[=+@].*"),
                        "a cell a spreadsheet could run: " + cell);
            }
        }
    }

    @Test
    void reliabilityRowsWithTheirIntervalAndVerdict() {
        String csv = AnalyticsCsv.reliability(List.of(
                new CompetencyReliability(
                        "system-design",
                        "System design",
                        42,
                        true,
                        new Estimate(0.8123, 0.7, 0.9),
                        Verdict.RELIABLE,
                        3),
                new CompetencyReliability("code-quality", "Code quality", 4, false, null, null, 0)));
        assertEquals(
                "competency_key,competency,units,enough_data,alpha,alpha_low,alpha_high,verdict,disagreements\r\n"
                        + "\"system-design\",\"System design\",42,true,0.812,0.7,0.9,RELIABLE,3\r\n"
                        + "\"code-quality\",\"Code quality\",4,false,,,,,0\r\n",
                csv);
    }

    @Test
    void adherenceTables() {
        assertEquals(
                "competency_key,competency,units_with_spread_2_or_more,units,share\r\n"
                        + "\"system-design\",\"System design\",3,12,0.25\r\n"
                        + "\"x\",\"X\",0,0,\r\n",
                AnalyticsCsv.disagreements(List.of(
                        new CompetencyDisagreement("system-design", "System design", new Rate(3, 12)),
                        new CompetencyDisagreement("x", "X", new Rate(0, 0)))));
        assertEquals(
                "question_id,competency_key,question,interviews\r\n"
                        + "7,\"system-design\",\"'=1+1, or how would you shard it?\",31\r\n",
                AnalyticsCsv.questions(
                        List.of(new QuestionExposure(7, "system-design", "=1+1, or how would you shard it?", 31))));
    }
}
