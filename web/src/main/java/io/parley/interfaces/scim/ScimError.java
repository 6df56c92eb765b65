package io.parley.interfaces.scim;

/**
 * A refusal the SCIM service answers with a SCIM error object ({@code urn:ietf:params:scim:api:messages:2.0:Error}):
 * an HTTP status, a {@code scimType} for 400 and 409 (RFC 7644, section 3.12) and a detail for people.
 */
public final class ScimError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String scimType;

    public ScimError(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimError invalidSyntax(String detail) {
        return new ScimError(400, "invalidSyntax", detail);
    }

    public static ScimError invalidFilter(String detail) {
        return new ScimError(400, "invalidFilter", detail);
    }

    public static ScimError invalidValue(String detail) {
        return new ScimError(400, "invalidValue", detail);
    }

    public static ScimError invalidPath(String detail) {
        return new ScimError(400, "invalidPath", detail);
    }

    public static ScimError noTarget(String detail) {
        return new ScimError(400, "noTarget", detail);
    }

    public static ScimError mutability(String detail) {
        return new ScimError(400, "mutability", detail);
    }

    public static ScimError uniqueness(String detail) {
        return new ScimError(409, "uniqueness", detail);
    }

    public static ScimError notFound(String detail) {
        return new ScimError(404, null, detail);
    }

    public int status() {
        return status;
    }

    /** The SCIM error type, or {@code null} (404, 401, 403, 405, 413, 500 have none). */
    public String scimType() {
        return scimType;
    }

    public String detail() {
        return getMessage();
    }
}
