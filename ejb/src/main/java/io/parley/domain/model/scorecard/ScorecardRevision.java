package io.parley.domain.model.scorecard;

import io.parley.domain.model.privacy.NameScrubber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import java.io.Serializable;
import java.time.Instant;

/** One submitted version of a scorecard in its audit trail: the submission or an amendment with its reason. */
@Embeddable
public class ScorecardRevision implements Serializable {

    public static final int MAX_REASON_LENGTH = 2000;

    /** What made this version. */
    public enum Kind {
        SUBMITTED,
        AMENDED
    }

    @jakarta.persistence.Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "reason", length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "revised_by", nullable = false, length = 64)
    private String by;

    @Column(name = "revised_at", nullable = false)
    private Instant at;

    @Column(name = "content", nullable = false, length = 200000)
    private String content;

    protected ScorecardRevision() {
        // for JPA
    }

    ScorecardRevision(Kind kind, String reason, String by, Instant at, String content) {
        this.kind = kind;
        this.reason = reason;
        this.by = by;
        this.at = at;
        this.content = content;
    }

    /** This version with the texts about the candidate removed, its amendment reason scrubbed of their name. */
    ScorecardRevision anonymized(NameScrubber scrubber) {
        return new ScorecardRevision(
                kind, scrubber.scrub(reason, MAX_REASON_LENGTH), by, at, ScorecardContent.anonymizedJson(content));
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }

    /** The version's content as JSON. */
    public String content() {
        return content;
    }
}
