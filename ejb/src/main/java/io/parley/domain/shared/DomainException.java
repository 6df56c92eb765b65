package io.parley.domain.shared;

import java.io.Serializable;
import java.util.List;

/**
 * A business rule refused an operation. The {@link #code()} is a stable message key that the
 * interfaces translate (resource bundle, problem details); the arguments fill its placeholders.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public DomainException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The individual reasons when one refusal has several (broken agenda rules, missing scorecard items). */
    public List<Reason> reasons() {
        return List.of();
    }

    /** One reason of a refusal: a message key and its arguments. */
    public record Reason(String code, List<Object> arguments) implements Serializable {
        public Reason {
            arguments = List.copyOf(arguments);
        }
    }
}
