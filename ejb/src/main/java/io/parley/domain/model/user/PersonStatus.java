package io.parley.domain.model.user;

/** Whether a person may use Parley: active, or retired (a leaver, kept for the authorship of what they wrote). */
public enum PersonStatus {
    ACTIVE,
    RETIRED
}
