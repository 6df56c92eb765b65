package io.parley.domain.model.agenda;

import io.parley.domain.model.privacy.NameScrubber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** One line of the agenda's history: who did what when, in words a panel member can read. */
@Embeddable
public class AgendaChange implements Serializable {

    public static final int MAX_SUMMARY_LENGTH = 4000;

    /** The interview changed so that the agenda broke a rule: it went back for editing. */
    public static final String REOPENED = "reopened";

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String by;

    @Column(name = "action", nullable = false, length = 32)
    private String action;

    @Column(name = "summary", nullable = false, length = MAX_SUMMARY_LENGTH)
    private String summary;

    protected AgendaChange() {
        // for JPA
    }

    AgendaChange(Instant at, String by, String action, String summary) {
        this.at = at;
        this.by = by;
        this.action = action;
        this.summary =
                summary.length() > MAX_SUMMARY_LENGTH ? summary.substring(0, MAX_SUMMARY_LENGTH - 1) + "…" : summary;
    }

    /** The same entry with its summary scrubbed of the candidate's name (issue 21). */
    AgendaChange scrubbed(NameScrubber scrubber) {
        return new AgendaChange(at, by, action, scrubber.scrub(summary, MAX_SUMMARY_LENGTH));
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    /** {@code created}, {@code edited}, {@code proposed}, {@code approved}, {@code changesRequested}, {@code agreed}. */
    public String action() {
        return action;
    }

    public String summary() {
        return summary;
    }
}
