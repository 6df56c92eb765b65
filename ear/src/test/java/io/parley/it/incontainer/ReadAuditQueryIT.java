package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.parley.application.audit.ReadAuditQuery;
import io.parley.application.audit.ReadView;
import io.parley.application.audit.Reads;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.shared.Page;
import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read audit inside Payara: reads are recorded for the reader the services name (written behind, and before a
 * query), a records export by candidate, and only hr-admins may query the records. That the services record their
 * own caller is shown by DebriefIT and ReadAuditIT.
 */
@ExtendWith(ArquillianExtension.class)
class ReadAuditQueryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReadAuditQueryIT.class.getPackage(), Deployments.class);
    }

    @Inject
    private Reads reads;

    @EJB
    private PersistenceContexts persistence;

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
    void readsAreRecordedForTheReaderAndOnlyHrAdminsQueryThem() {
        long interview = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        InterviewId id = new InterviewId(interview);
        reads.record("ines", ReadKind.DEBRIEF, id, null, Channel.PAGE);
        reads.scorecards("ines", id, List.of("max", "ines", "omar"), Channel.API);
        String candidate = "cand-" + interview;
        persistence.persist(ReadRecord.recordsExport(Instant.now(), "hana", candidate, Channel.API));

        Page<ReadView> found =
                hana.call(() -> query.find(new ReadAuditFilter(null, interview, null, null, null), 0, 50));
        assertEquals(3, found.total(), found.toString());
        assertEquals(
                List.of("ines DEBRIEF null PAGE", "ines SCORECARD max API", "ines SCORECARD omar API"),
                found.items().stream()
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
        reads.scorecards("ines", id, List.of("max", "omar"), Channel.PAGE);
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
