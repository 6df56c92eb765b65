package io.parley.application.interview;

import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.interview.InterviewId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The agenda of an interview: the lead or a recruiter saves and proposes it; every panel member approves it or
 * asks for changes. Refusals: {@code interview.notFound} (not visible), {@code conflict.stale} (the version read
 * is old), {@code agenda.refused} with every broken rule, {@code agenda.notAllowed} (wrong person).
 */
public interface AgendaService {

    AgendaView agenda(@NotNull InterviewId id);

    /** Replaces the blocks; returns the new version. */
    long save(@NotNull InterviewId id, long expectedVersion, @NotNull @Size(max = 40) List<AgendaItem> items);

    void propose(@NotNull InterviewId id, long expectedVersion);

    void approve(@NotNull InterviewId id);

    void requestChanges(@NotNull InterviewId id, @NotBlank @Size(max = 2000) String comment);
}
