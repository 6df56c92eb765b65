package io.parley.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The components the resources' {@code @APIResponse}, {@code @RequestBody} and {@code @Parameter} annotations refer to
 * by the names in {@link ApiDocs}: the RFC 9457 problem details schema, the refusals every endpoint shares, and plain
 * JSON bodies. Built here rather than with {@code @Schema} annotations, which Payara 6 writes out with every
 * annotation default ({@code multipleOf: 0}, {@code minItems: 2147483647}, ...) and mixes into other schemas.
 * Registered by {@code mp.openapi.model.reader}; the annotations are merged on top of it.
 */
public class OpenApiComponents implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        Components components = OASFactory.createComponents()
                .addSchema(ApiDocs.PROBLEM, problem())
                .addSchema(
                        ApiDocs.ID,
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int64"))
                .addSchema(
                        ApiDocs.OBJECT,
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.OBJECT)
                                .description("A JSON object; docs/api.md lists its fields."))
                .addSchema(
                        ApiDocs.OBJECTS,
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref(ApiDocs.OBJECT)))
                .addResponse(
                        ApiDocs.BAD_REQUEST,
                        problem("The body is not JSON, not an object, lacks a field or has "
                                + "one of the wrong type, a bad date or an unknown value; the detail names the field."))
                .addResponse(
                        ApiDocs.UNAUTHORIZED,
                        problem("No bearer token, or an unknown or revoked one " + "(WWW-Authenticate: Bearer)."))
                .addResponse(
                        ApiDocs.NOT_FOUND,
                        problem("No such resource, one the caller does not see (existence is "
                                + "not given away), or an id, offset or limit that is not a number."))
                .addResponse(ApiDocs.TOO_LARGE, problem("The body is larger than 1 MB."))
                .addResponse(ApiDocs.UNSUPPORTED_MEDIA_TYPE, problem("The body is not sent as application/json."));
        return OASFactory.createOpenAPI().components(components);
    }

    private static Schema problem() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details.")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("urn:parley:problem:<code> when the domain refused, else about:blank"))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("The status's reason phrase"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int32"))
                .addProperty(
                        "detail",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("What was refused and why, in English"))
                .addProperty(
                        "code",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("The domain's code, e.g. agenda.rule.candidateBlockTooShort"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .items(text)
                                .description("Every broken rule (code: text), for rule refusals"))
                .addProperty(
                        "fields",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema()
                                        .type(Schema.SchemaType.OBJECT)
                                        .required(List.of("path", "code", "detail"))
                                        .addProperty(
                                                "path",
                                                OASFactory.createSchema()
                                                        .type(Schema.SchemaType.STRING)
                                                        .description("e.g. competencies[1].weight"))
                                        .addProperty("code", text)
                                        .addProperty("detail", text))
                                .description("Where each violation lies, by its path in the kit's exchange JSON "
                                        + "(kit import and publishing)"));
    }

    private static APIResponse problem(String description) {
        MediaType json =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ApiDocs.PROBLEM));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, json);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
