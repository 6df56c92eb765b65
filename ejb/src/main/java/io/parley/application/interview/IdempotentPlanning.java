package io.parley.application.interview;

import io.parley.domain.model.interview.IdempotencyKey;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.token.ApiToken;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The two transactions of an idempotent creation ({@link InterviewService#plan(InterviewDraft, String)}): one plans
 * the interview and remembers the key; when a concurrent retry with the same key committed first, the primary key
 * refuses this one's key, the whole transaction (its interview too) rolls back, and a second transaction reads the
 * winner's interview.
 */
@Stateless
@RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP, Role.ATS_GROUP})
public class IdempotentPlanning {

    @EJB
    private InterviewService interviews;

    @Inject
    private InterviewRepository repository;

    @Resource
    private SessionContext session;

    @Inject
    private UnitOfWork changes;

    /** Plans the interview and remembers {@code key} in one transaction; refused as a whole if the key is taken. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InterviewId planOnce(InterviewDraft draft, String key) {
        Optional<InterviewId> earlier = earlierInThisTransaction(draft, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        InterviewId planned = interviews.plan(draft);
        repository.store(new IdempotencyKey(caller(), key, hash(draft), planned.value(), Instant.now()));
        changes.flush(InterviewServiceBean.SAVE_FAILED);
        return planned;
    }

    /** The interview an earlier request with {@code key} created, read in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<InterviewId> earlier(InterviewDraft draft, String key) {
        return earlierInThisTransaction(draft, key);
    }

    private Optional<InterviewId> earlierInThisTransaction(InterviewDraft draft, String key) {
        return repository.idempotencyKey(caller(), key).map(found -> {
            if (!found.sameRequest(hash(draft))) {
                throw new DomainException("interview.idempotencyKeyReused", key);
            }
            return found.interview();
        });
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String hash(InterviewDraft draft) {
        return ApiToken.hash(draft.toString());
    }
}
