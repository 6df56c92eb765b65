package io.parley.domain.model.agenda;

import io.parley.domain.model.privacy.NameScrubber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One panel member's answer to the proposed agenda, with the comment of a change request. */
@Embeddable
public class Approval implements Serializable {

    public static final int MAX_COMMENT_LENGTH = 2000;

    @Column(name = "username", nullable = false, length = 64)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 24)
    private ApprovalState state;

    @Column(name = "comment", length = MAX_COMMENT_LENGTH)
    private String comment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Approval() {
        // for JPA
    }

    Approval(String member, ApprovalState state, String comment, Instant answeredAt) {
        this.member = Objects.requireNonNull(member, "member");
        this.state = Objects.requireNonNull(state, "state");
        this.comment = comment;
        this.answeredAt = answeredAt;
    }

    /** The same answer with its comment scrubbed of the candidate's name (issue 21). */
    Approval scrubbed(NameScrubber scrubber) {
        return new Approval(member, state, scrubber.scrub(comment, MAX_COMMENT_LENGTH), answeredAt);
    }

    static Approval pending(String member) {
        return new Approval(member, ApprovalState.PENDING, null, null);
    }

    public String member() {
        return member;
    }

    public ApprovalState state() {
        return state;
    }

    public String comment() {
        return comment == null ? "" : comment;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
