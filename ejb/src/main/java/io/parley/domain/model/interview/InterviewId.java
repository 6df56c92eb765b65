package io.parley.domain.model.interview;

import java.io.Serializable;

/** The typed id of an interview. */
public record InterviewId(long value) implements Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
