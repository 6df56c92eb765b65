package io.parley.domain.model.kit;

/** The kinds of agenda block. Only competency blocks are scored; the candidate-questions block never is. */
public enum AgendaBlockKind {
    WELCOME,
    COMPETENCY,
    PITCH,
    CANDIDATE_QUESTIONS,
    WRAP_UP;

    public boolean scored() {
        return this == COMPETENCY;
    }
}
