package io.parley.domain.model.interview;

import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A user on an interview's panel; exactly one member of a panel is its lead. The seat also keeps its interview's
 * start, which {@link Interview} sets: a member's interviews are paged newest first from the seats alone (V10). It is
 * not part of the value (equality is username and lead).
 */
@Embeddable
public class PanelMember implements Serializable {

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "lead", nullable = false)
    private boolean lead;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    protected PanelMember() {
        // for JPA
    }

    public PanelMember(String username, boolean lead) {
        this.username = Texts.required(username, 64, "panel member");
        this.lead = lead;
    }

    /** This seat on an interview starting at {@code start}. */
    PanelMember startingAt(Instant start) {
        PanelMember seat = new PanelMember(username, lead);
        seat.startsAt = start;
        return seat;
    }

    public String username() {
        return username;
    }

    public boolean lead() {
        return lead;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PanelMember other && username.equals(other.username) && lead == other.lead;
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, lead);
    }
}
