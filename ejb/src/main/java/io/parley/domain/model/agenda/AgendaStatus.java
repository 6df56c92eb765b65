package io.parley.domain.model.agenda;

/** DRAFT while the lead prepares it, PROPOSED while members approve, AGREED when every member has approved. */
public enum AgendaStatus {
    DRAFT,
    PROPOSED,
    AGREED
}
