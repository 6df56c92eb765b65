package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.parley.application.audit.ReadAudit;
import io.parley.application.audit.ReadAuditQuery;
import io.parley.application.audit.ReadView;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.Page;
import io.parley.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read audit's services inside Payara: a read is recorded for the calling user, a records export by candidate
 * too (what the records export calls), and only hr-admins may query the records.
 */
@ExtendWith(ArquillianExtension.class)
class ReadAuditQueryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReadAuditQueryIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private ReadAudit readAudit;

    @EJB
    private ReadAuditQuery query;

    @Resource(lookup = "java:app/jdbc/parley")
    private DataSource dataSource;

    @Inject
    private AsHrAdmin hana;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsInterviewer ines;

    @Inject
    private AsHiringManager max;

    @Test
    void readsAreRecordedForTheCallerAndOnlyHrAdminsQueryThem() {
        long interview = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        InterviewId id = new InterviewId(interview);
        ines.call(() -> {
            readAudit.record(ReadKind.DEBRIEF, id, null, Channel.PAGE);
            readAudit.scorecards(id, List.of("max", "ines", "omar"), Channel.API);
            return null;
        });
        String candidate = "cand-" + interview;
        hana.call(() -> {
            readAudit.recordsExport(candidate, Channel.API);
            return null;
        });

        Page<ReadView> reads =
                hana.call(() -> query.find(new ReadAuditFilter(null, interview, null, null, null), 0, 50));
        assertEquals(3, reads.total(), reads.toString());
        assertEquals(
                List.of("ines DEBRIEF null PAGE", "ines SCORECARD max API", "ines SCORECARD omar API"),
                reads.items().stream()
                        .map(r -> r.reader() + " " + r.kind() + " " + r.subject() + " " + r.channel())
                        .sorted()
                        .toList());
        List<ReadView> exports = hana.call(
                () -> query.after(new ReadAuditFilter("hana", null, ReadKind.RECORDS_EXPORT, null, null), null, 1000));
        ReadView export = exports.stream()
                .filter(r -> candidate.equals(r.candidateRef()))
                .findFirst()
                .orElseThrow();
        assertNull(export.interviewId());
        // keyset batches: one at a time, newest first, each after the one before
        ReadView newest = hana.call(() -> query.after(new ReadAuditFilter(null, interview, null, null, null), null, 1))
                .get(0);
        List<ReadView> rest =
                hana.call(() -> query.after(new ReadAuditFilter(null, interview, null, null, null), newest, 10));
        assertEquals(2, rest.size());
        rest.forEach(r -> assertEquals(true, !r.readAt().isAfter(newest.readAt()) && r.id() != newest.id()));

        for (RoleCaller other : List.of(rita, ines, max)) {
            assertInstanceOf(
                    EJBAccessException.class,
                    other.refusal(() -> query.find(ReadAuditFilter.ALL, 0, 50)),
                    other.getClass().getSimpleName());
            assertInstanceOf(
                    EJBAccessException.class,
                    other.refusal(() -> query.after(ReadAuditFilter.ALL, null, 50)),
                    other.getClass().getSimpleName());
        }
    }

    @Test
    void readsAreWrittenBehindWithinAboutASecondWithoutAnyoneAsking() throws Exception {
        long interview = ThreadLocalRandom.current().nextLong(2_000_000_000L, 3_000_000_000L);
        InterviewId id = new InterviewId(interview);
        ines.call(() -> {
            readAudit.scorecards(id, List.of("max", "omar"), Channel.PAGE);
            return null;
        });
        // nobody queries the read audit (which writes what waits first): the write-behind timer does it
        long deadline = System.currentTimeMillis() + 5_000;
        long written = 0;
        while (written < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            written = written(interview);
        }
        assertEquals(2, written, "written within 5 s by the timer");
    }

    private long written(long interview) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select count(*) from read_audit where interview_id = ?")) {
            select.setLong(1, interview);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
