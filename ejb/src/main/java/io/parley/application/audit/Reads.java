package io.parley.application.audit;

import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadAuditRepository;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.audit.ReadLog;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.model.interview.InterviewId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Records reads for the reader the calling service names (its EJB caller). Reads of scorecards and debriefs go into
 * the {@link ReadLog}: no EJB call and no database work on the read's path (decision 52). A records export is stored
 * in the caller's transaction: it is rare, and an erasure renames those records right after, so they must be there.
 * The services that hand out what is read are its only callers, so no page or resource can skip it.
 */
@ApplicationScoped
public class Reads {

    @Inject
    private ReadLog log;

    @Inject
    private ReadAuditRepository repository;

    /** A read of {@code kind} for one interview; {@code subject} names whose it was, or is null. */
    public void record(String reader, ReadKind kind, InterviewId interview, String subject, Channel channel) {
        log.append(List.of(ReadRecord.of(Instant.now(), reader, kind, interview.value(), subject, channel)));
    }

    /** A list of submitted scorecards: one record per scorecard of another member, none for the reader's own. */
    public void scorecards(String reader, InterviewId interview, List<String> interviewers, Channel channel) {
        List<String> others =
                interviewers.stream().filter(i -> !i.equals(reader)).toList();
        if (others.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        log.append(others.stream()
                .map(subject -> ReadRecord.of(now, reader, ReadKind.SCORECARD, interview.value(), subject, channel))
                .toList());
    }

    /**
     * A records export (GDPR Art. 15) asked for by the candidate's id in the ATS ({@code candidateRef}), which covers
     * every interview of the candidate: kind {@code RECORDS_EXPORT}, no interview; joins the caller's transaction.
     */
    public void recordsExport(String reader, String candidateRef, Channel channel) {
        repository.store(List.of(ReadRecord.recordsExport(Instant.now(), reader, candidateRef, channel)));
    }
}
