package io.parley.domain.model.user;

import java.io.Serializable;

/** A panel member's name and whether they still use Parley, as pages that show a panel need them. */
public record PanelPerson(String username, String displayName, boolean active) implements Serializable {}
