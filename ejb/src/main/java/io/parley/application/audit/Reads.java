package io.parley.application.audit;

import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.audit.ReadLog;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.model.interview.InterviewId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Records reads of scorecards and debriefs for the reader the calling service names (its EJB caller), into the
 * {@link ReadLog}: no EJB call and no database work on the read's path (decision 52). The services that hand out
 * what is read use it directly; {@link ReadAudit} offers the same to other callers.
 */
@ApplicationScoped
public class Reads {

    @Inject
    private ReadLog log;

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
}
