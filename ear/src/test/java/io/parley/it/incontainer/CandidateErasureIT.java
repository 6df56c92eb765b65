package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.AnalyticsFilter;
import io.parley.application.decision.DecisionService;
import io.parley.application.interview.AgendaService;
import io.parley.application.interview.InterviewService;
import io.parley.application.privacy.CandidatePrivacy;
import io.parley.application.privacy.CandidateRecords;
import io.parley.application.privacy.Erasure;
import io.parley.application.scorecard.ScorecardService;
import io.parley.application.webhook.WebhookService;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.decision.Outcome;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.shared.DomainException;
import io.parley.infrastructure.demo.DemoKit;
import io.parley.interfaces.web.interview.DebriefPacket;
import io.parley.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21: a candidate with a decided interview (scorecards, amendments, decision, follow-up note, webhook events) and
 * an open one is erased at the ATS's request. Before, the records export holds all of it and nothing of another
 * candidate; after, the candidate's name, e-mail and ATS id are in no text column of any table and in no line of the
 * server's log, the open interview is cancelled, the analytics facts and figures are the same, and asking again erases
 * nothing more. Only the ATS and hr-admins may do either.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateErasureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CandidateErasureIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private CandidatePrivacy privacy;

    @EJB
    private InterviewService interviews;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private DecisionService decisions;

    @EJB
    private WebhookService webhooks;

    @EJB
    private AgendaService agendas;

    @EJB
    private Analytics analytics;

    @Inject
    private Interviews fixtures;

    @Inject
    private Candidates candidates;

    @Inject
    private AsHrAdmin hana;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHiringManager max;

    @Inject
    private AsInterviewer ines;

    @Resource(lookup = "java:app/jdbc/parley")
    private DataSource dataSource;

    @Test
    void anErasedCandidateIsInNoTableAndNoLogAndTheFiguresStayTheSame() throws Exception {
        Candidates.Person person = Candidates.Person.fresh();
        long endpoint = hana.call(() -> webhooks.register("http://127.0.0.1:9/erasure-hook", "erasure-test-secret-16"))
                .id();
        try {
            InterviewId decided = candidates.decided(person);
            InterviewId open = candidates.open(person, 5);
            InterviewId other =
                    fixtures.agreed(ZonedDateTime.now(ZoneId.of("UTC")).minusDays(2));

            // the records export: everything about this candidate, nothing about another
            CandidateRecords records = hana.call(() -> privacy.records(person.externalId()));
            assertEquals(person.name(), records.name());
            assertEquals(person.email(), records.email());
            assertEquals(
                    List.of(decided.value(), open.value()),
                    records.interviews().stream()
                            .map(CandidateRecords.InterviewRecord::id)
                            .toList());
            CandidateRecords.InterviewRecord first = records.interviews().get(0);
            assertEquals(
                    List.of("max", "ines"),
                    first.panel().stream()
                            .map(CandidateRecords.PanelSeat::userId)
                            .toList());
            assertTrue(first.panel().stream().allMatch(seat -> !seat.name().isBlank()));
            assertEquals(5, first.agenda().size());
            assertEquals(person.first() + "'s questions", first.agenda().get(3).title());
            assertEquals(2, first.scorecards().size());
            assertTrue(first.scorecards().stream()
                    .allMatch(card -> card.ratings().size() == Interviews.REQUIRED.size()
                            && card.ratings().get(0).evidence().contains(person.first())));
            assertEquals(
                    Set.of("ines", "max"),
                    Set.copyOf(first.scorecards().stream()
                            .map(CandidateRecords.ScorecardRecord::interviewerUserId)
                            .toList()));
            assertEquals(
                    person.name() + " was strong in design", first.decision().rationale());
            assertTrue(first.decision().followUpNote().contains("Dear " + person.first()));
            assertNull(records.interviews().get(1).decision());
            assertTrue(records.interviews().stream().noneMatch(iv -> iv.id() == other.value()));
            // the export is recorded for its reader, under the candidate's id (renamed by the erasure below)
            assertEquals(
                    1,
                    count(
                            "select count(*) from read_audit where candidate_ref = ? and reader = 'hana'"
                                    + " and kind = 'RECORDS_EXPORT' and channel = 'API'",
                            person.externalId()));

            // only the ATS and hr-admins
            for (RoleCaller caller : List.of(rita, max, ines)) {
                assertTrue(caller.refusal(() -> privacy.erase(person.externalId())) instanceof EJBAccessException);
                assertTrue(caller.refusal(() -> privacy.records(person.externalId())) instanceof EJBAccessException);
            }
            assertEquals(
                    "candidate.notFound",
                    ((DomainException) hana.refusal(() -> privacy.erase("ats-never-" + UUID.randomUUID()))).code());

            byte[] factsBefore = facts(decided.value());
            assertNotNull(factsBefore, "the debrief wrote the analytics facts");
            Object figuresBefore = figures(LocalDate.of(2000, 1, 1));

            Erasure erasure = hana.call(() -> privacy.erase(person.externalId()));
            assertNotNull(erasure.erasureId());
            assertEquals(List.of(decided.value(), open.value()), erasure.erased());
            assertEquals(List.of(open.value()), erasure.cancelled());
            assertEquals(0, erasure.erasedBefore());
            assertEquals(
                    InterviewStatus.CANCELLED,
                    rita.call(() -> interviews.find(open)).status());
            assertEquals(
                    InterviewStatus.DECIDED,
                    rita.call(() -> interviews.find(decided)).status());

            // nowhere: any text column of any table, and the server's log
            List<String> found = new ArrayList<>();
            for (String trace : person.traces()) {
                found.addAll(columnsContaining(trace));
            }
            assertEquals(List.of(), found, "the candidate is still in these columns");
            for (String trace : person.traces()) {
                assertFalse(logContains(trace), "the server's log names the candidate: " + trace);
            }

            // nor in what Parley renders from its data: the invite, the debrief packet, the scorecards' CSV rows
            String exports = max.call(() -> interviews.calendar(decided, URI.create("http://localhost/prep")))
                    + pdfText(max.call(() -> DebriefPacket.render(
                            decisions.debriefPacket(decided, Channel.PAGE),
                            agendas.agenda(decided).items())))
                    + max.call(() -> scorecards.submitted(decided, Channel.API)).toString();
            for (String trace : person.traces()) {
                assertFalse(exports.contains(trace), "an export names the candidate: " + trace + "\n" + exports);
            }
            assertTrue(exports.contains("[erased]"), exports);

            // no note goes to an address that is gone
            assertEquals(
                    "decision.candidateErased",
                    ((DomainException) max.refusal(() -> decisions.sendFollowUp(decided, null))).code());

            // what stays: ratings, outcome, the facts and the figures
            assertEquals(
                    Outcome.HIRE,
                    rita.call(() -> decisions.decision(decided)).orElseThrow().outcome());
            assertTrue(java.util.Arrays.equals(factsBefore, facts(decided.value())), "analytics facts unchanged");
            // a filter covering the same interviews under another cache key: computed afresh from the facts
            Object figuresAfter = figures(LocalDate.of(2000, 1, 2));
            assertNotSame(figuresBefore, figuresAfter, "not the cached figures");
            assertEquals(figuresBefore, figuresAfter);

            // the ATS hears of it, without personal data
            assertEquals(
                    1,
                    count(
                            "select count(*) from webhook_event where type = 'candidate.erased' and body like ?",
                            "%" + erasure.erasureId() + "%"));

            // nothing left to hand over, nothing more to erase
            assertEquals(
                    "candidate.erasedNotFound",
                    ((DomainException) hana.refusal(() -> privacy.records(person.externalId()))).code());
            Erasure again = hana.call(() -> privacy.erase(person.externalId()));
            assertNull(again.erasureId());
            assertEquals(List.of(), again.erased());
            assertEquals(2, again.erasedBefore());
            assertEquals(
                    1,
                    count(
                            "select count(*) from webhook_event where type = 'candidate.erased' and body like ?",
                            "%\"interviewIds\":[" + decided.value() + "," + open.value() + "]%"));

            // the other candidate is untouched
            assertEquals(
                    1, count("select count(*) from interview where id = ? and anonymized_at is null", other.value()));
        } finally {
            hana.call(() -> {
                webhooks.remove(endpoint);
                return null;
            });
        }
    }

    private static String pdfText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The analytics figures HR sees for the demo kit, of every interview since {@code from} (so the erased one
     * counts). The figures are cached by filter while the data version holds, and erasing does not move it: a
     * {@code from} not asked for before is computed from the facts.
     */
    private Object figures(LocalDate from) {
        AnalyticsFilter filter = new AnalyticsFilter(DemoKit.KEY, null, from, null, null, null);
        return hana.call(() ->
                List.of(analytics.reliability(filter), analytics.interviewers(filter), analytics.adherence(filter)));
    }

    private byte[] facts(long interviewId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select facts from analytics_interview where interview_id = ?")) {
            select.setLong(1, interviewId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** {@code table.column} of every text column of the schema that holds {@code trace} in any case. */
    private List<String> columnsContaining(String trace) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    int type = rows.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR
                            || type == Types.CHAR
                            || type == Types.CLOB
                            || type == Types.LONGVARCHAR
                            || type == Types.NVARCHAR) {
                        columns.add(new String[] {rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 50, "the scan found the schema's text columns: " + columns.size());
            for (String[] column : columns) {
                String sql = "select count(*) from \"" + column[0] + "\" where lower(\"" + column[1] + "\") like ?";
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, "%" + trace.toLowerCase(Locale.ROOT) + "%");
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1] + " holds " + trace);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean logContains(String trace) throws Exception {
        Path logs = Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs");
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log"))
                    .toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(trace)) {
                    return true;
                }
            }
        }
        return false;
    }
}
