package io.parley.application.audit;

import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadAuditRepository;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.user.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Records the reads; every role that can read an assessment is recorded. Reads of scorecards and debriefs go through
 * {@link Reads} (written behind, decision 52); a records export is written in the caller's transaction.
 */
@Stateless
@RolesAllowed({
    Role.HR_ADMIN_GROUP,
    Role.RECRUITER_GROUP,
    Role.INTERVIEWER_GROUP,
    Role.HIRING_MANAGER_GROUP,
    Role.ATS_GROUP
})
public class ReadAuditBean implements ReadAudit {

    @Inject
    private ReadAuditRepository reads;

    @Inject
    private Reads recorded;

    @Resource
    private SessionContext session;

    @Override
    public void record(ReadKind kind, InterviewId interview, String subject, Channel channel) {
        recorded.record(caller(), kind, interview, subject, channel);
    }

    @Override
    public void scorecards(InterviewId interview, List<String> interviewers, Channel channel) {
        recorded.scorecards(caller(), interview, interviewers, channel);
    }

    @Override
    public void recordsExport(String candidateRef, Channel channel) {
        // in the caller's transaction, not written behind: an erasure renames these records right after
        reads.store(List.of(ReadRecord.recordsExport(Instant.now(), caller(), candidateRef, channel)));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
