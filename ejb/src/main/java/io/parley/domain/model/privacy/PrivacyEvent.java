package io.parley.domain.model.privacy;

import java.time.Instant;
import java.util.List;

/**
 * What happened to candidate data that others must follow (issue 21). The application fires these in the transaction
 * of the change; infrastructure scrubs its own copies (the webhook outbox) and tells the ATS.
 */
public sealed interface PrivacyEvent {

    Instant at();

    /**
     * An interview's candidate data was anonymized: copies elsewhere (webhook bodies) must lose the candidate's name,
     * address, id and the texts about them too.
     */
    record InterviewAnonymized(long interviewId, Pseudonym pseudonym, NameScrubber scrubber, Instant at)
            implements PrivacyEvent {}

    /** An open interview was cancelled because its candidate's data is erased: its panel must be told why. */
    record InterviewCancelledForErasure(long interviewId, Instant at) implements PrivacyEvent {}

    /**
     * A candidate's data was erased at the ATS's request: the interviews it concerned, by Parley's ids, and the id of
     * this erasure (what the ATS got as the answer). No personal data.
     */
    record CandidateErased(String erasureId, List<Long> interviewIds, Instant at) implements PrivacyEvent {
        public CandidateErased {
            interviewIds = List.copyOf(interviewIds);
        }
    }
}
