package io.parley.application.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Erasure and access requests about one candidate, by the ATS's id: for the ATS and hr-admins only. An id Parley never
 * saw is {@code candidate.notFound}.
 */
public interface CandidatePrivacy {

    /**
     * Anonymizes every interview of the candidate now; open ones are cancelled first and their panel told why. Asked
     * again, it erases nothing more and says how many interviews were erased before.
     */
    Erasure erase(@NotBlank @Size(max = 120) String externalId);

    /**
     * Everything Parley holds about the candidate; {@code candidate.erasedNotFound} when all of it was erased (nothing is
     * left to hand over).
     */
    CandidateRecords records(@NotBlank @Size(max = 120) String externalId);
}
