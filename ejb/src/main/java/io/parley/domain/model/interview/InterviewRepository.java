package io.parley.domain.model.interview;

import io.parley.domain.shared.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where interviews are kept. */
public interface InterviewRepository {

    Optional<Interview> find(InterviewId id);

    void store(Interview interview);

    /** The key a caller sent with an earlier creation, if any. */
    Optional<IdempotencyKey> idempotencyKey(String caller, String key);

    /** Remembers a creation's key; a second one for the same caller and key is refused by the primary key. */
    void store(IdempotencyKey key);

    /**
     * The interviews a user sits on or planned, newest start first, each with the user's part in it; a fixed number
     * of statements whatever the page or panel size.
     */
    Page<MemberInterview> forMember(String username, int offset, int limit);

    /** How many interviews a user sits on or planned (the total of {@link #forMember}, without loading any). */
    long countForMember(String username);

    /** Every interview, newest start first (recruiters and hr-admins). */
    Page<Interview> all(int offset, int limit);

    /**
     * The interviews of the candidate the ATS knows as {@code externalId}, by id (an anonymized candidate's interviews
     * are found by their pseudonym's id); one indexed query ({@code interview_candidate_ix}).
     */
    List<Interview> ofCandidate(String externalId);

    /**
     * Closed interviews whose candidate data is still kept and whose close lies before {@code cutoff} (cancelled then,
     * or decided then), by id, at most {@code limit}: what the retention job anonymizes. Two indexed queries
     * ({@code interview_retention_ix}, {@code decision_decided_at_ix}).
     */
    List<Interview> closedBefore(Instant cutoff, int limit);

    /**
     * Interviews that collect scorecards (agenda agreed or feedback) and started in [{@code startedAfter},
     * {@code startedBefore}), by id, {@code limit} at a time after {@code afterId} (the reminder timer walks them).
     */
    List<Interview> collectingScorecards(Instant startedAfter, Instant startedBefore, long afterId, int limit);

    /**
     * How many seats each of {@code usernames} holds on open interviews (neither decided nor cancelled), in one query;
     * those without any are absent.
     */
    Map<String, Long> openSeats(Collection<String> usernames);
}
