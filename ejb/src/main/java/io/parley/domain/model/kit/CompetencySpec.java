package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of one competency: key (URL-safe, unique in the kit), name, description, required flag,
 * weight (1 to 10) and one behavioural anchor per scale point (blank while being drafted), plus its questions.
 */
public record CompetencySpec(
        String key,
        String name,
        String description,
        boolean required,
        int weight,
        List<String> anchors,
        List<QuestionSpec> questions)
        implements Serializable {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_ANCHOR_LENGTH = 1000;
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 10;

    public CompetencySpec {
        name = Texts.required(name, MAX_NAME_LENGTH, "competency name");
        key = key == null || key.isBlank() ? KitKey.slug(name) : key.strip();
        if (!KitKey.isValid(key)) {
            throw new DomainException("kit.competency.keyInvalid", key);
        }
        description = Texts.optional(description, MAX_DESCRIPTION_LENGTH, "competency description");
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new DomainException("kit.competency.weightRange", MIN_WEIGHT, MAX_WEIGHT);
        }
        List<String> checked = new ArrayList<>();
        for (String anchor : anchors == null ? List.<String>of() : anchors) {
            checked.add(Texts.optional(anchor, MAX_ANCHOR_LENGTH, "anchor"));
        }
        anchors = List.copyOf(checked);
        questions = List.copyOf(questions == null ? List.of() : questions);
    }

    /** This competency with its anchors padded or cut to {@code points} (when the scale changes size). */
    public CompetencySpec fittedTo(RatingScale scale) {
        List<String> fitted = new ArrayList<>(anchors);
        while (fitted.size() < scale.points()) {
            fitted.add("");
        }
        return new CompetencySpec(
                key, name, description, required, weight, fitted.subList(0, scale.points()), questions);
    }

    /** True when every point of {@code scale} has a non-blank anchor. */
    public boolean anchorsComplete(RatingScale scale) {
        return anchors.size() == scale.points() && anchors.stream().noneMatch(String::isBlank);
    }
}
