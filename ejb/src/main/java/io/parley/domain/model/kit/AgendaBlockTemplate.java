package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One block of a kit's agenda template: its kind, a title and planned minutes. */
@Embeddable
public class AgendaBlockTemplate implements Serializable {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_MINUTES = 480;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private AgendaBlockKind kind;

    @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    protected AgendaBlockTemplate() {
        // for JPA
    }

    /** Minutes may be 0 while a draft is edited; publishing refuses such a block. */
    public AgendaBlockTemplate(AgendaBlockKind kind, String title, int minutes) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Texts.required(title, MAX_TITLE_LENGTH, "block title");
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new DomainException("kit.block.minutesRange", 0, MAX_MINUTES);
        }
        this.minutes = minutes;
    }

    public AgendaBlockKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public int minutes() {
        return minutes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgendaBlockTemplate other
                && kind == other.kind
                && title.equals(other.title)
                && minutes == other.minutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, title, minutes);
    }

    @Override
    public String toString() {
        return kind + " " + title + " (" + minutes + " min)";
    }
}
