package io.parley.domain.model.agenda;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.privacy.NameScrubber;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.StringListConverter;
import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One block of an interview's agenda: its kind, title and minutes, the panel member who owns it, and the kit's
 * competencies (by key) and questions (by id) it covers. Immutable; checks itself. Only scored blocks cover
 * competencies.
 */
@Embeddable
public class AgendaItem implements Serializable {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_MINUTES = 480;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private AgendaBlockKind kind;

    @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "owner_username", length = 64)
    private String owner;

    @Convert(converter = StringListConverter.class)
    @Column(name = "competency_keys", nullable = false, length = 4000)
    private List<String> competencies;

    @Convert(converter = StringListConverter.class)
    @Column(name = "question_ids", nullable = false, length = 4000)
    private List<String> questions;

    protected AgendaItem() {
        // for JPA
    }

    public AgendaItem(
            AgendaBlockKind kind,
            String title,
            int minutes,
            String owner,
            List<String> competencies,
            List<Long> questions) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Texts.required(title, MAX_TITLE_LENGTH, "block title");
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new DomainException("agenda.item.minutesRange", 0, MAX_MINUTES);
        }
        this.minutes = minutes;
        this.owner = owner == null || owner.isBlank() ? null : owner.strip();
        List<String> keys = competencies == null
                ? List.of()
                : competencies.stream().distinct().toList();
        List<Long> ids =
                questions == null ? List.of() : questions.stream().distinct().toList();
        if (!kind.scored() && (!keys.isEmpty() || !ids.isEmpty())) {
            throw new DomainException("agenda.item.notScored", this.title);
        }
        this.competencies = keys;
        this.questions = ids.stream().map(String::valueOf).toList();
    }

    /** The same block with its title scrubbed of the candidate's name (issue 21). */
    public AgendaItem scrubbed(NameScrubber scrubber) {
        return new AgendaItem(kind, scrubber.scrub(title, MAX_TITLE_LENGTH), minutes, owner, competencies, questions());
    }

    /** The same block without an owner (its owner left the panel). */
    public AgendaItem unowned() {
        return new AgendaItem(kind, title, minutes, null, competencies, questions());
    }

    /**
     * The kit's competencies this block covers: those it names and those of the questions it picks (question id to
     * competency key). The one definition of coverage, for the agenda rules and for what a scorecard must rate.
     */
    public Set<String> coveredCompetencies(Map<Long, String> questionCompetencies) {
        Set<String> covered = new LinkedHashSet<>(competencies);
        for (Long question : questions()) {
            String key = questionCompetencies.get(question);
            if (key != null) {
                covered.add(key);
            }
        }
        return covered;
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

    /** The owning panel member's username, or {@code null} while nobody owns the block. */
    public String owner() {
        return owner;
    }

    public List<String> competencies() {
        return List.copyOf(competencies);
    }

    public List<Long> questions() {
        return questions.stream().map(Long::valueOf).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgendaItem other
                && kind == other.kind
                && title.equals(other.title)
                && minutes == other.minutes
                && Objects.equals(owner, other.owner)
                && competencies.equals(other.competencies)
                && questions.equals(other.questions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, title, minutes, owner, competencies, questions);
    }

    @Override
    public String toString() {
        return kind + " " + title + " (" + minutes + " min, " + (owner == null ? "no owner" : owner) + ")";
    }
}
