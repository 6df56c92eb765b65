package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** The content of one question: type, text, follow-up probes, guidance on a good answer, suggested minutes. */
public record QuestionSpec(QuestionType type, String text, List<String> probes, String guidance, int suggestedMinutes)
        implements Serializable {

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_PROBE_LENGTH = 500;

    public QuestionSpec {
        Objects.requireNonNull(type, "type");
        text = Texts.required(text, MAX_TEXT_LENGTH, "question text");
        probes = Texts.lines(probes == null ? List.of() : probes, MAX_PROBE_LENGTH, "probe");
        guidance = Texts.optional(guidance, MAX_TEXT_LENGTH, "guidance");
        if (suggestedMinutes < 0 || suggestedMinutes > 120) {
            throw new DomainException("kit.question.minutesRange", 0, 120);
        }
    }
}
