package io.parley.interfaces.web.shell;

import io.parley.domain.model.interview.InterviewId;
import java.util.Optional;

/** An interview's id as it comes in an address ({@code ?id=}): a whole number, or nothing. */
public final class InterviewIds {

    private InterviewIds() {}

    public static Optional<InterviewId> parse(String id) {
        try {
            return Optional.of(new InterviewId(Long.parseLong(id == null ? "" : id.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
