package io.parley.interfaces.web.kit;

import java.io.Serializable;

/** One editable line in a list of strings (a scale label, an anchor): Faces binds to properties, not strings. */
public class TextRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;

    public TextRow() {
        this("");
    }

    public TextRow(String value) {
        this.value = value;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /** The value, never {@code null} (empty inputs submit {@code null}). */
    String text() {
        return value == null ? "" : value;
    }
}
