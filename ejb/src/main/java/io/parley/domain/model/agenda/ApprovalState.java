package io.parley.domain.model.agenda;

/** A panel member's answer to the proposed agenda (the API's {@code agendaApproval}). */
public enum ApprovalState {
    PENDING,
    APPROVED,
    CHANGES_REQUESTED
}
