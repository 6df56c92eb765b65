package io.parley.application.analytics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The ATS's opaque group labels for candidates, joined in memory to Parley's decisions of interviews that started
 * in the period (and used the kit, when given). Nothing of it is stored or logged.
 */
public record AdverseImpactRequest(
        @Size(max = 64) String kitKey,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @Size(min = 1, max = 100_000) List<@NotNull @Valid Label> groups) {

    /** Refuses a period that ends before it starts. */
    public AdverseImpactRequest {
        groups = groups == null ? null : List.copyOf(groups);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The period's start (" + from + ") is after its end (" + to + ").");
        }
    }

    /** One candidate's group, as the ATS labels it. */
    public record Label(
            @NotBlank @Size(max = 120) String candidateExternalId,
            @NotBlank @Size(max = 120) String group) {}
}
