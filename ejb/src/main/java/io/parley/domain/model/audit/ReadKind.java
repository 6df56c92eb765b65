package io.parley.domain.model.audit;

/** What was read: the stored value of {@code read_audit.kind} (V18's check lists the same names). */
public enum ReadKind {
    /** One submitted scorecard; {@code subject} is whose. */
    SCORECARD,
    /** The debrief page of an interview (it shows every submitted scorecard). */
    DEBRIEF,
    /** The debrief packet PDF of an interview. */
    DEBRIEF_PACKET,
    /** Everything Parley holds about a candidate (GDPR Art. 15), for one interview or by the candidate's id. */
    RECORDS_EXPORT
}
