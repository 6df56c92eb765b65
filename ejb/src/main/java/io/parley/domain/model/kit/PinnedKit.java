package io.parley.domain.model.kit;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kit version as the interviews pinned to it read it: identity, content, and the questions by id (the agenda and
 * the scorecards refer to them that way). Interviews pin published versions only, and a published version never
 * changes again (archiving only hides it from new interviews), so this value may be kept and shared for as long as
 * the application runs, on every instance alike.
 */
public final class PinnedKit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final KitId id;
    private final String key;
    private final int versionNumber;
    private final KitContent content;
    private final Map<String, CompetencySpec> competencies;
    private final Map<Long, QuestionSpec> questions;
    private final Map<Long, String> questionCompetencies;

    /**
     * @param questionIds the ids of each competency's questions, in the order of {@link CompetencySpec#questions()}
     */
    public PinnedKit(KitId id, String key, int versionNumber, KitContent content, Map<String, List<Long>> questionIds) {
        this.id = Objects.requireNonNull(id, "id");
        this.key = Objects.requireNonNull(key, "key");
        this.versionNumber = versionNumber;
        this.content = Objects.requireNonNull(content, "content");
        Map<String, CompetencySpec> byKey = new LinkedHashMap<>();
        Map<Long, QuestionSpec> byId = new LinkedHashMap<>();
        Map<Long, String> competencyOf = new LinkedHashMap<>();
        for (CompetencySpec competency : content.competencies()) {
            byKey.put(competency.key(), competency);
            List<Long> ids = questionIds.getOrDefault(competency.key(), List.of());
            if (ids.size() != competency.questions().size()) {
                throw new IllegalArgumentException("question ids do not match the questions of " + competency.key());
            }
            for (int i = 0; i < ids.size(); i++) {
                byId.put(ids.get(i), competency.questions().get(i));
                competencyOf.put(ids.get(i), competency.key());
            }
        }
        this.competencies = Collections.unmodifiableMap(byKey);
        this.questions = Collections.unmodifiableMap(byId);
        this.questionCompetencies = Collections.unmodifiableMap(competencyOf);
    }

    public KitId id() {
        return id;
    }

    public String key() {
        return key;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String name() {
        return content.name();
    }

    public KitContent content() {
        return content;
    }

    public RatingScale ratingScale() {
        return content.ratingScale();
    }

    /** The competencies by key, in kit order. */
    public Map<String, CompetencySpec> competencies() {
        return competencies;
    }

    /** Every question by id, in kit order. */
    public Map<Long, QuestionSpec> questions() {
        return questions;
    }

    /** The key of the competency each question (by id) belongs to. */
    public Map<Long, String> questionCompetencies() {
        return questionCompetencies;
    }
}
