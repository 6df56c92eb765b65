package io.parley.domain.model.kit;

import java.io.Serializable;
import java.util.List;

/**
 * One reason a kit cannot be published (or, for an import, one problem of the document). {@code path} says what
 * causes it, so a page can show the message next to it: {@code competencies}, {@code competencies[2].anchors},
 * {@code competencies[2].questions}, {@code agenda}, {@code agenda[3].minutes}. {@code code} is the message key,
 * {@code arguments} its values.
 */
public record KitViolation(String code, String path, List<Object> arguments) implements Serializable {

    public static final String NO_COMPETENCY = "kit.publish.noCompetency";
    public static final String MISSING_ANCHOR = "kit.publish.missingAnchor";
    public static final String NO_QUESTION = "kit.publish.noQuestion";
    public static final String NO_CANDIDATE_BLOCK = "kit.publish.noCandidateBlock";
    public static final String CANDIDATE_BLOCK_TOO_SHORT = "kit.publish.candidateBlockTooShort";
    public static final String ZERO_MINUTE_BLOCK = "kit.publish.zeroMinuteBlock";

    public KitViolation {
        arguments = List.copyOf(arguments);
    }

    static KitViolation of(String code, String path, Object... arguments) {
        return new KitViolation(code, path, List.of(arguments));
    }
}
