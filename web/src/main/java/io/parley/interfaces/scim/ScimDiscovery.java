package io.parley.interfaces.scim;

import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * What the SCIM service supports, for clients that ask (RFC 7643, sections 5 to 7): PATCH yes; bulk, sort, change
 * password and entity tags no; filter with {@code eq} on a few attributes, at most 200 results; authentication by
 * OAuth bearer token. The User and Group schemas list the attributes Parley keeps.
 */
final class ScimDiscovery {

    private static final String CONFIG_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    private static final String RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    private static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    private ScimDiscovery() {}

    /** {@code ServiceProviderConfig}, {@code ResourceTypes[/id]} or {@code Schemas[/urn]}; else not found. */
    static JsonObject resource(String resource, String id, String base) {
        switch (resource) {
            case "ServiceProviderConfig" -> {
                if (id != null) {
                    throw ScimError.notFound("There is no SCIM resource at ServiceProviderConfig/" + id + ".");
                }
                return serviceProviderConfig(base);
            }
            case "ResourceTypes" -> {
                List<JsonObject> types = List.of(
                        resourceType("User", "/Users", ScimJson.USER_SCHEMA, base),
                        resourceType("Group", "/Groups", ScimJson.GROUP_SCHEMA, base));
                return one(types, id, "id", "ResourceTypes");
            }
            default -> {
                List<JsonObject> schemas = List.of(userSchema(base), groupSchema(base));
                return one(schemas, id, "id", "Schemas");
            }
        }
    }

    private static JsonObject one(List<JsonObject> all, String id, String key, String resource) {
        if (id == null) {
            JsonArrayBuilder resources = Jsonp.PROVIDER.createArrayBuilder();
            all.forEach(resources::add);
            return Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("schemas", Jsonp.PROVIDER.createArrayBuilder().add(ScimJson.LIST_SCHEMA))
                    .add("totalResults", all.size())
                    .add("startIndex", 1)
                    .add("itemsPerPage", all.size())
                    .add("Resources", resources)
                    .build();
        }
        return all.stream()
                .filter(r -> r.getString(key).equals(id))
                .findFirst()
                .orElseThrow(() -> ScimError.notFound("There is no SCIM resource at " + resource + "/" + id + "."));
    }

    private static JsonObject serviceProviderConfig(String base) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("schemas", Jsonp.PROVIDER.createArrayBuilder().add(CONFIG_SCHEMA))
                .add("documentationUri", "https://github.com/parley/parley/blob/main/docs/api.md#scim-20-provisioning")
                .add("patch", supported(true))
                .add("bulk", supported(false).add("maxOperations", 0).add("maxPayloadSize", 0))
                .add("filter", supported(true).add("maxResults", 200))
                .add("changePassword", supported(false))
                .add("sort", supported(false))
                .add("etag", supported(false))
                .add(
                        "authenticationSchemes",
                        Jsonp.PROVIDER
                                .createArrayBuilder()
                                .add(Jsonp.PROVIDER
                                        .createObjectBuilder()
                                        .add("type", "oauthbearertoken")
                                        .add("name", "SCIM token")
                                        .add(
                                                "description",
                                                "A SCIM token an hr-admin creates on their profile page, sent as"
                                                        + " 'Authorization: Bearer <token>'.")
                                        .add("primary", true)))
                .add("meta", meta("ServiceProviderConfig", base + "/ServiceProviderConfig"))
                .build();
    }

    private static JsonObjectBuilder supported(boolean supported) {
        return Jsonp.PROVIDER.createObjectBuilder().add("supported", supported);
    }

    private static JsonObject resourceType(String name, String endpoint, String schema, String base) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("schemas", Jsonp.PROVIDER.createArrayBuilder().add(RESOURCE_TYPE_SCHEMA))
                .add("id", name)
                .add("name", name)
                .add("endpoint", endpoint)
                .add("schema", schema)
                .add("meta", meta("ResourceType", base + "/ResourceTypes/" + name))
                .build();
    }

    private static JsonObject userSchema(String base) {
        JsonArrayBuilder attributes = Jsonp.PROVIDER
                .createArrayBuilder()
                .add(attribute("userName", "string", true, "readWrite", "server")
                        .add("description", "How the person signs in; it cannot change once provisioned."))
                .add(attribute("externalId", "string", false, "readWrite", "none"))
                .add(attribute("displayName", "string", false, "readWrite", "none"))
                .add(attribute("name", "complex", false, "readWrite", "none")
                        .add(
                                "subAttributes",
                                Jsonp.PROVIDER
                                        .createArrayBuilder()
                                        .add(attribute("formatted", "string", false, "readWrite", "none"))
                                        .add(attribute("givenName", "string", false, "writeOnly", "none"))
                                        .add(attribute("familyName", "string", false, "writeOnly", "none"))))
                .add(attribute("emails", "complex", false, "readWrite", "none")
                        .add("multiValued", true)
                        .add(
                                "subAttributes",
                                Jsonp.PROVIDER
                                        .createArrayBuilder()
                                        .add(attribute("value", "string", false, "readWrite", "none"))
                                        .add(attribute("type", "string", false, "readWrite", "none"))
                                        .add(attribute("primary", "boolean", false, "readWrite", "none"))))
                .add(attribute("active", "boolean", false, "readWrite", "none"))
                .add(attribute("groups", "complex", false, "readOnly", "none").add("multiValued", true));
        return schema(ScimJson.USER_SCHEMA, "User", "A person who uses Parley", attributes, base);
    }

    private static JsonObject groupSchema(String base) {
        JsonArrayBuilder attributes = Jsonp.PROVIDER
                .createArrayBuilder()
                .add(attribute("displayName", "string", true, "readWrite", "server")
                        .add("description", "The directory group's name, which parley.roles.* maps to roles."))
                .add(attribute("externalId", "string", false, "readWrite", "none"))
                .add(attribute("members", "complex", false, "readWrite", "none")
                        .add("multiValued", true)
                        .add(
                                "subAttributes",
                                Jsonp.PROVIDER
                                        .createArrayBuilder()
                                        .add(attribute("value", "string", true, "immutable", "none"))
                                        .add(attribute("display", "string", false, "readOnly", "none"))));
        return schema(ScimJson.GROUP_SCHEMA, "Group", "A directory group; its name gives roles", attributes, base);
    }

    private static JsonObject schema(
            String id, String name, String description, JsonArrayBuilder attributes, String base) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("schemas", Jsonp.PROVIDER.createArrayBuilder().add(SCHEMA_SCHEMA))
                .add("id", id)
                .add("name", name)
                .add("description", description)
                .add("attributes", attributes)
                .add("meta", meta("Schema", base + "/Schemas/" + id))
                .build();
    }

    private static JsonObjectBuilder attribute(
            String name, String type, boolean required, String mutability, String uniqueness) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("name", name)
                .add("type", type)
                .add("multiValued", false)
                .add("required", required)
                .add("caseExact", false)
                .add("mutability", mutability)
                .add("returned", mutability.equals("writeOnly") ? "never" : "default")
                .add("uniqueness", uniqueness);
    }

    private static JsonObject meta(String resourceType, String location) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("resourceType", resourceType)
                .add("location", location)
                .build();
    }
}
