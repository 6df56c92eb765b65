package io.parley.domain.model.kit;

/** The kind of interview question. */
public enum QuestionType {
    /** "Tell me about a time when ..." */
    BEHAVIOURAL,
    /** "What would you do if ..." */
    SITUATIONAL,
    TECHNICAL,
    MOTIVATIONAL
}
