package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.support.PageClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who read what (issue 21) from outside: reads of scorecards through the API and of the debrief and its packet
 * through the pages are recorded with reader, kind and channel; hr-admins see them on the read-audit page and in its
 * CSV, filtered; every other role is refused both.
 */
@ExtendWith(ArquillianExtension.class)
class ReadAuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** The CSV's data lines (without the header), each as its cells without quotes. */
    private static List<String> rows(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertEquals("read_at,reader,kind,interview_id,candidate,subject,channel", lines.get(0));
        // drop the time: the rest of each line is what the test knows
        return lines.subList(1, lines.size()).stream()
                .map(line -> line.substring(line.indexOf(',') + 1).replace("\"", ""))
                .sorted()
                .toList();
    }

    @Test
    void scorecardDebriefAndPacketReadsAreRecordedAndShownToHrAdminsOnly() {
        ApiClient api = new ApiClient(base);
        long id = api.debriefInterview(
                "Audit Example", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));

        assertEquals(
                200,
                api.get("interviews/" + id + "/scorecards", "demo-ats-token").statusCode());
        // ines reads the panel's scorecards: max's is recorded, her own is not
        assertEquals(
                200,
                api.get("interviews/" + id + "/scorecards", "demo-ines-token").statusCode());
        // a refused read is no read: li is not on the panel
        assertEquals(
                404,
                api.get("interviews/" + id + "/scorecards", "demo-li-token").statusCode());

        PageClient max = PageClient.signedIn(base, "max");
        HttpResponse<String> debriefPage = max.follow("interviews/debrief.xhtml?id=" + id);
        assertEquals(200, debriefPage.statusCode());
        assertTrue(debriefPage.body().contains("ines saw it"), "max reads the debrief");
        HttpResponse<String> packet = max.get("interviews/debrief.pdf?id=" + id);
        assertEquals(200, packet.statusCode());

        PageClient hana = PageClient.signedIn(base, "hana");
        String interview = Long.toString(id);
        assertEquals(
                List.of(
                        "ats,SCORECARD," + interview + ",,ines,API",
                        "ats,SCORECARD," + interview + ",,max,API",
                        "ines,SCORECARD," + interview + ",,max,API",
                        "max,DEBRIEF," + interview + ",,,PAGE",
                        "max,DEBRIEF_PACKET," + interview + ",,,PAGE"),
                rows(hana.get("admin/read-audit.csv?interview=" + id)));
        // the filters: reader, kind, a period around now, a period before
        assertEquals(
                List.of("ats,SCORECARD," + interview + ",,ines,API", "ats,SCORECARD," + interview + ",,max,API"),
                rows(hana.get("admin/read-audit.csv?interview=" + id + "&reader=ats")));
        assertEquals(
                List.of("max,DEBRIEF_PACKET," + interview + ",,,PAGE"),
                rows(hana.get("admin/read-audit.csv?interview=" + id + "&kind=DEBRIEF_PACKET")));
        String today = OffsetDateTime.now().toLocalDate().toString();
        String yesterday = OffsetDateTime.now().toLocalDate().minusDays(2).toString();
        assertEquals(
                5,
                rows(hana.get("admin/read-audit.csv?interview=" + id + "&from=" + yesterday + "&to=" + today))
                        .size());
        assertEquals(List.of(), rows(hana.get("admin/read-audit.csv?interview=" + id + "&to=" + yesterday)));
        HttpResponse<String> wrong = hana.get("admin/read-audit.csv?interview=abc&from=2026-13-01");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("\"abc\" is not an interview id"), wrong.body());
        assertTrue(wrong.body().contains("\"2026-13-01\" is not a date"), wrong.body());

        // the page: the same rows, in English and German, a wrong filter named at its field
        HttpResponse<String> page = hana.follow("admin/read-audit.xhtml?interview=" + id);
        assertEquals(200, page.statusCode());
        assertEquals(5, page.body().split("class=\"read-row\"", -1).length - 1, page.body());
        assertTrue(page.body().contains("Debrief packet (PDF)") && page.body().contains("id=\"nav-read-audit\""));
        assertTrue(page.body().contains("admin/read-audit.csv?interview=" + id), "the CSV link keeps the filter");
        HttpResponse<String> german = hana.follow("admin/read-audit.xhtml?interview=" + id, "de");
        assertTrue(
                german.body().contains("Wer hat was gelesen") && german.body().contains("Debriefing-Paket"));
        HttpResponse<String> refused = hana.follow("admin/read-audit.xhtml?from=2026-03-02&to=2026-03-01");
        assertTrue(refused.body().contains("The period ends before it starts"), refused.body());
        assertFalse(refused.body().contains("id=\"read-table\""), "no table for a filter that was not applied");

        for (String other : new String[] {"ines", "rita", "max"}) {
            PageClient client = PageClient.signedIn(base, other);
            assertEquals(403, client.get("admin/read-audit.xhtml").statusCode(), other);
            assertEquals(403, client.get("admin/read-audit.csv").statusCode(), other);
            assertEquals(403, client.get("admin/read-audit.csv?interview=" + id).statusCode(), other);
        }
    }

    @Test
    void thePageShowsFiftyReadsAtATimeNewestFirstAndTheCsvHasThemAll() {
        ApiClient api = new ApiClient(base);
        long id = api.debriefInterview(
                "Audit Paging", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        for (int i = 0; i < 26; i++) {
            assertEquals(
                    200,
                    api.get("interviews/" + id + "/scorecards", "demo-ats-token")
                            .statusCode());
        }
        PageClient hana = PageClient.signedIn(base, "hana");
        assertEquals(52, rows(hana.get("admin/read-audit.csv?interview=" + id)).size());
        String first = hana.follow("admin/read-audit.xhtml?interview=" + id).body();
        assertEquals(50, first.split("class=\"read-row\"", -1).length - 1);
        assertTrue(first.contains("1–50 of 52"), first);
        assertTrue(first.contains("id=\"next-page\" href=\"") && first.contains("interview=" + id + "&amp;page=2"));
        String second = hana.follow("admin/read-audit.xhtml?interview=" + id + "&page=2")
                .body();
        assertEquals(2, second.split("class=\"read-row\"", -1).length - 1);
        assertTrue(second.contains("51–52 of 52"), second);
        // past the end: the last page
        assertTrue(hana.follow("admin/read-audit.xhtml?interview=" + id + "&page=9")
                .body()
                .contains("51–52 of 52"));
    }
}
