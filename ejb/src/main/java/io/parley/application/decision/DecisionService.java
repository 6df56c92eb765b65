package io.parley.application.decision;

import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.decision.Outcome;
import io.parley.domain.model.interview.InterviewId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/**
 * The debrief and the decision. The debrief is open (status {@code DEBRIEF} or {@code DECIDED}) to the panel
 * members who submitted, the lead and hr-admins; only the lead decides, once, with a rationale.
 */
public interface DecisionService {

    /** The debrief, recorded as read by the caller through {@code channel} (issue 21) before it is returned. */
    DebriefView debrief(@NotNull InterviewId id, @NotNull Channel channel);

    /** The debrief for its PDF packet, recorded as a packet read by the caller through {@code channel}. */
    DebriefView debriefPacket(@NotNull InterviewId id, @NotNull Channel channel);

    /** Records the lead's decision; the interview becomes {@code DECIDED} and the ATS hears of it. */
    DecisionView decide(
            @NotNull InterviewId id,
            Outcome outcome,
            @Size(max = 8000) String rationale,
            @Size(max = 8000) String followUp);

    /** The decision, once there is one (visible to whoever sees the interview). */
    Optional<DecisionView> decision(@NotNull InterviewId id);

    /** The lead mails the (edited) follow-up note to the candidate; returns when it was sent. */
    Instant sendFollowUp(@NotNull InterviewId id, @Size(max = 8000) String note);

    /** The lead closes feedback after the deadline, with a reason, and opens the debrief without everyone. */
    void closeFeedback(@NotNull InterviewId id, @Size(max = 2000) String reason);
}
