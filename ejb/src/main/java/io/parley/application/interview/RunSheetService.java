package io.parley.application.interview;

import io.parley.domain.model.interview.InterviewId;
import jakarta.validation.constraints.NotNull;

/**
 * The run sheet of an interview with an agreed agenda: any panel member starts it, moves to the next block and
 * ends it; each action sends the version it saw, so two members pressing "next" at once move on only once.
 */
public interface RunSheetService {

    RunSheetView runSheet(@NotNull InterviewId id);

    RunSheetView start(@NotNull InterviewId id);

    RunSheetView next(@NotNull InterviewId id, long expectedVersion);

    RunSheetView end(@NotNull InterviewId id, long expectedVersion);
}
