package io.parley.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.interview.InterviewService;
import io.parley.application.privacy.CandidateRetention;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.model.interview.InterviewId;
import io.parley.it.ejbside.PersistenceContexts;
import io.parley.it.support.Deployments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21's retention: with the default of 12 months, the job anonymizes exactly the interviews decided or cancelled
 * before the cutoff, and only once. The close of the test's own interviews is set back in the database (the clock of
 * the test), so no interview of another test is due.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateRetentionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CandidateRetentionIT.class.getPackage(), Deployments.class);
    }

    @EJB
    private CandidateRetention retention;

    @EJB
    private InterviewService interviews;

    @EJB
    private PersistenceContexts persistence;

    @Inject
    private Candidates candidates;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHrAdmin hana;

    private static OffsetDateTime monthsAgo(Instant now, int months, int days) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).minusDays(days);
    }

    /** Runs the job as its timer does: batch after batch until one is not full. */
    private int run(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = retention.anonymizeDue(now);
            total += batch;
        } while (batch == 50);
        return total;
    }

    @Test
    void theJobAnonymizesExactlyTheInterviewsPastThePeriodAndOnlyOnce() {
        Instant now = Instant.now();
        Map<String, Candidates.Person> people = new TreeMap<>();
        for (String which : new String[] {"decided-13", "cancelled-13", "decided-11", "open"}) {
            people.put(which, Candidates.Person.fresh());
        }
        InterviewId decidedLongAgo = candidates.decided(people.get("decided-13"));
        InterviewId cancelledLongAgo = candidates.cancelled(people.get("cancelled-13"));
        InterviewId decidedRecently = candidates.decided(people.get("decided-11"));
        InterviewId open = candidates.open(people.get("open"), 3);
        persistence.nativeUpdate(
                "update decision set decided_at = ? where interview_id = ?",
                monthsAgo(now, 12, 1),
                decidedLongAgo.value());
        persistence.nativeUpdate(
                "update interview set cancelled_at = ? where id = ?", monthsAgo(now, 12, 1), cancelledLongAgo.value());
        persistence.nativeUpdate(
                "update decision set decided_at = ? where interview_id = ?",
                monthsAgo(now, 11, 0),
                decidedRecently.value());

        assertTrue(run(now) >= 2, "at least the two past the period");
        assertAnonymized(decidedLongAgo, people.get("decided-13"), true);
        assertAnonymized(cancelledLongAgo, people.get("cancelled-13"), true);
        assertAnonymized(decidedRecently, people.get("decided-11"), false);
        assertAnonymized(open, people.get("open"), false);
        assertEquals(
                1,
                persistence.count(
                        "select count(d) from Decision d where d.interviewId = :id and d.rationale = :erased",
                        "id",
                        decidedLongAgo.value(),
                        "erased",
                        "[erased]"));

        assertEquals(0, run(now), "once: nothing is due a second time");
        // a month later the one decided 11 months ago is due too
        assertTrue(run(now.atOffset(ZoneOffset.UTC).plusMonths(1).plusDays(1).toInstant()) >= 1);
        assertAnonymized(decidedRecently, people.get("decided-11"), true);
        assertAnonymized(open, people.get("open"), false);
    }

    @Test
    void readsOfTheAuditAreKeptForTheRetentionPeriod() {
        Instant now = Instant.now();
        String old = "ret-old-" + java.util.UUID.randomUUID();
        String recent = "ret-new-" + java.util.UUID.randomUUID();
        persistence.persist(
                ReadRecord.recordsExport(now, "hana", old, Channel.API),
                ReadRecord.recordsExport(now, "hana", recent, Channel.API));
        persistence.nativeUpdate(
                "update read_audit set read_at = ? where candidate_ref = ?", monthsAgo(now, 12, 1), old);
        assertTrue(retention.forgetReads(now) >= 1);
        String count = "select count(r) from ReadRecord r where r.candidateRef = :ref";
        assertEquals(0, persistence.count(count, "ref", old), "read 12 months and a day ago: gone");
        assertEquals(1, persistence.count(count, "ref", recent), "read now: kept");
    }

    private void assertAnonymized(InterviewId id, Candidates.Person person, boolean anonymized) {
        String name = rita.call(() -> interviews.find(id)).candidate().name();
        if (anonymized) {
            assertTrue(name.startsWith("Candidate "), id + ": " + name);
        } else {
            assertEquals(person.name(), name, id + " kept");
        }
        assertEquals(
                anonymized ? 1 : 0,
                persistence.count(
                        "select count(i) from Interview i where i.id = :id and i.anonymizedAt is not null",
                        "id",
                        id.value()));
    }
}
