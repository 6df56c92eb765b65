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

/** Writes the read records; every role that can read an assessment is recorded. */
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

    @Resource
    private SessionContext session;

    @Override
    public void record(ReadKind kind, InterviewId interview, String subject, Channel channel) {
        reads.store(List.of(ReadRecord.of(Instant.now(), caller(), kind, interview.value(), subject, channel)));
    }

    @Override
    public void scorecards(InterviewId interview, List<String> interviewers, Channel channel) {
        String reader = caller();
        List<String> others =
                interviewers.stream().filter(i -> !i.equals(reader)).toList();
        if (others.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        reads.store(others.stream()
                .map(subject -> ReadRecord.of(now, reader, ReadKind.SCORECARD, interview.value(), subject, channel))
                .toList());
    }

    @Override
    public void recordsExport(String candidateRef, Channel channel) {
        reads.store(List.of(ReadRecord.recordsExport(Instant.now(), caller(), candidateRef, channel)));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
