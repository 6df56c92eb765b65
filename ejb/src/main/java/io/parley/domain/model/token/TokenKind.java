package io.parley.domain.model.token;

/**
 * {@code ATS} acts for the applicant tracking system (role {@code ats}); {@code PERSONAL} acts as its user;
 * {@code SCIM} is the company directory's provisioning client and reaches the SCIM service only (role {@code scim}).
 */
public enum TokenKind {
    ATS,
    PERSONAL,
    SCIM;

    /** Whether a token of this kind belongs to a machine client rather than to a person. */
    public boolean machine() {
        return this != PERSONAL;
    }
}
