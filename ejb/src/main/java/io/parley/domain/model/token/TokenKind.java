package io.parley.domain.model.token;

/** {@code ATS} acts for the applicant tracking system (role {@code ats}); {@code PERSONAL} acts as its user. */
public enum TokenKind {
    ATS,
    PERSONAL
}
