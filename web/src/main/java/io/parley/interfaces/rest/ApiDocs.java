package io.parley.interfaces.rest;

/** Names of the OpenAPI components of {@link OpenApiComponents} that the resources' annotations refer to. */
final class ApiDocs {

    /** The RFC 9457 problem details schema. */
    static final String PROBLEM = "Problem";
    /** An id in a path: an integer. */
    static final String ID = "Id";
    /** A JSON object body (its fields are in docs/api.md). */
    static final String OBJECT = "JsonObject";
    /** A JSON array of such objects. */
    static final String OBJECTS = "JsonObjects";

    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String NOT_FOUND = "NotFound";
    static final String TOO_LARGE = "ContentTooLarge";
    static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

    private ApiDocs() {}
}
