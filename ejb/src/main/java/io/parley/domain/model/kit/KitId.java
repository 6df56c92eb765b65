package io.parley.domain.model.kit;

import java.io.Serializable;

/** Identity of one kit version. */
public record KitId(long value) implements Serializable {

    public static KitId of(String text) {
        try {
            return new KitId(Long.parseLong(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("not a kit id: " + text, e);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
