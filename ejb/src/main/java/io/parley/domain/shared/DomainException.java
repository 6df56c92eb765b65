package io.parley.domain.shared;

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
}
