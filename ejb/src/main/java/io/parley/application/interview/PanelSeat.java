package io.parley.application.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A user on a panel as callers name it: the username and whether they lead. */
public record PanelSeat(@NotBlank @Size(max = 64) String username, boolean lead) implements Serializable {}
