package io.parley.interfaces.scim;

import io.parley.application.user.GroupData;
import io.parley.application.user.ProvisionedGroup;
import io.parley.application.user.ProvisionedPage;
import io.parley.application.user.ProvisionedUser;
import io.parley.application.user.UserData;
import io.parley.domain.shared.Jsonp;
import io.parley.interfaces.rest.BadRequest;
import io.parley.interfaces.rest.JsonBodies;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** SCIM resources as JSON and back (JSON-P): the User and Group core schemas, list responses and error objects. */
public final class ScimJson {

    public static final String MEDIA_TYPE = "application/scim+json";
    public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    public static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private ScimJson() {}

    /** The request body as a JSON object; anything else is {@code invalidSyntax}. */
    public static JsonObject body(String text) {
        try {
            return JsonBodies.object(text);
        } catch (BadRequest e) {
            throw ScimError.invalidSyntax(e.getMessage());
        }
    }

    /** Refuses a resource whose {@code schemas} does not name {@code schema}. */
    static void requireSchema(JsonObject json, String schema) {
        JsonValue schemas = json.get("schemas");
        if (schemas == null || schemas.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ScimError.invalidSyntax("'schemas' is missing; it must be an array naming " + schema + ".");
        }
        boolean named = schemas.asJsonArray().stream()
                .anyMatch(v -> v instanceof JsonString s && s.getString().equalsIgnoreCase(schema));
        if (!named) {
            throw ScimError.invalidSyntax("'schemas' must name " + schema + ".");
        }
    }

    /**
     * A User resource (POST, PUT): {@code userName} is required; {@code displayName}, else {@code name.formatted},
     * else given and family name, is the name shown; the primary (else the first work, else the first) e-mail
     * address; {@code active} is true when missing.
     */
    public static UserData user(JsonObject json) {
        requireSchema(json, USER_SCHEMA);
        String userName = optionalText(json, "userName");
        if (userName == null || userName.isBlank()) {
            throw ScimError.invalidValue("'userName' is required.");
        }
        String displayName = optionalText(json, "displayName");
        if (displayName == null || displayName.isBlank()) {
            displayName = nameOf(json.get("name"));
        }
        return new UserData(
                userName.strip(),
                optionalText(json, "externalId"),
                displayName,
                email(json.get("emails")),
                json.containsKey("active") ? bool(json.get("active"), "active") : true);
    }

    /** A Group resource (POST, PUT): {@code displayName} is required, members by their {@code value}. */
    public static GroupData group(JsonObject json) {
        requireSchema(json, GROUP_SCHEMA);
        String displayName = optionalText(json, "displayName");
        if (displayName == null || displayName.isBlank()) {
            throw ScimError.invalidValue("'displayName' is required.");
        }
        return new GroupData(
                displayName.strip(), optionalText(json, "externalId"), List.copyOf(memberIds(json.get("members"))));
    }

    /** The {@code value} of each member object of a members array (or of one member object). */
    static Set<String> memberIds(JsonValue members) {
        Set<String> ids = new LinkedHashSet<>();
        if (members == null || members.getValueType() == JsonValue.ValueType.NULL) {
            return ids;
        }
        List<JsonValue> items =
                members.getValueType() == JsonValue.ValueType.ARRAY ? members.asJsonArray() : List.of(members);
        for (JsonValue item : items) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimError.invalidValue("'members' must hold objects with a 'value' (the member's id).");
            }
            String value = optionalText(item.asJsonObject(), "value");
            if (value == null || value.isBlank()) {
                throw ScimError.invalidValue("Each member needs a 'value' (the member's id).");
            }
            ids.add(value.strip());
        }
        return ids;
    }

    /** {@code name.formatted}, else given and family name joined, else {@code null}. */
    static String nameOf(JsonValue name) {
        if (name == null || name.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (name.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ScimError.invalidValue("'name' must be an object.");
        }
        JsonObject parts = name.asJsonObject();
        String formatted = optionalText(parts, "formatted");
        if (formatted != null && !formatted.isBlank()) {
            return formatted;
        }
        String joined = String.join(
                        " ",
                        List.of(orEmpty(optionalText(parts, "givenName")), orEmpty(optionalText(parts, "familyName")))
                                .stream()
                                .filter(s -> !s.isBlank())
                                .toList())
                .strip();
        return joined.isEmpty() ? null : joined;
    }

    /** The primary address of an {@code emails} array, else the first of type work, else the first. */
    static String email(JsonValue emails) {
        if (emails == null || emails.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (emails.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ScimError.invalidValue("'emails' must be an array.");
        }
        List<JsonObject> all = new ArrayList<>();
        for (JsonValue item : emails.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimError.invalidValue("'emails' must hold objects with a 'value'.");
            }
            all.add(item.asJsonObject());
        }
        JsonObject chosen = all.stream()
                .filter(e -> e.containsKey("primary") && bool(e.get("primary"), "primary"))
                .findFirst()
                .or(() -> all.stream()
                        .filter(e -> "work".equalsIgnoreCase(optionalText(e, "type")))
                        .findFirst())
                .or(() -> all.stream().findFirst())
                .orElse(null);
        return chosen == null ? null : optionalText(chosen, "value");
    }

    /** A boolean, also as the strings "true" and "false" (which Entra ID sends in PATCH). */
    static boolean bool(JsonValue value, String name) {
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        if (value instanceof JsonString s) {
            String text = s.getString().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return text.equals("true");
            }
        }
        throw ScimError.invalidValue("'" + name + "' must be true or false.");
    }

    static String optionalText(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw ScimError.invalidValue("'" + name + "' must be a string.");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---- responses ----

    public static JsonObject user(ProvisionedUser user, String base) {
        UserData data = user.data();
        String location = base + "/Users/" + user.id();
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("schemas", Jsonp.PROVIDER.createArrayBuilder().add(USER_SCHEMA))
                .add("id", user.id());
        if (data.externalId() != null) {
            json.add("externalId", data.externalId());
        }
        json.add("userName", data.userName())
                .add("name", Jsonp.PROVIDER.createObjectBuilder().add("formatted", data.displayName()))
                .add("displayName", data.displayName());
        if (data.email() != null) {
            json.add(
                    "emails",
                    Jsonp.PROVIDER
                            .createArrayBuilder()
                            .add(Jsonp.PROVIDER
                                    .createObjectBuilder()
                                    .add("value", data.email())
                                    .add("type", "work")
                                    .add("primary", true)));
        }
        JsonArrayBuilder groups = Jsonp.PROVIDER.createArrayBuilder();
        user.groups().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(g -> groups.add(Jsonp.PROVIDER
                        .createObjectBuilder()
                        .add("value", g.getKey())
                        .add("display", g.getValue())
                        .add("$ref", base + "/Groups/" + g.getKey())
                        .add("type", "direct")));
        return json.add("active", data.active())
                .add("groups", groups)
                .add("meta", meta("User", user.created(), null, location, user.version()))
                .build();
    }

    public static JsonObject group(ProvisionedGroup group, String base, boolean withMembers) {
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("schemas", Jsonp.PROVIDER.createArrayBuilder().add(GROUP_SCHEMA))
                .add("id", group.id())
                .add("displayName", group.displayName());
        if (group.externalId() != null) {
            json.add("externalId", group.externalId());
        }
        if (withMembers) {
            JsonArrayBuilder members = Jsonp.PROVIDER.createArrayBuilder();
            group.members()
                    .forEach(m -> members.add(Jsonp.PROVIDER
                            .createObjectBuilder()
                            .add("value", m.id())
                            .add("display", m.display())
                            .add("$ref", base + "/Users/" + m.id())
                            .add("type", "User")));
            json.add("members", members);
        }
        return json.add(
                        "meta",
                        meta(
                                "Group",
                                group.created(),
                                group.modified(),
                                base + "/Groups/" + group.id(),
                                group.version()))
                .build();
    }

    public static <T extends Serializable> JsonObject list(ProvisionedPage<T> page, Function<T, JsonObject> resource) {
        JsonArrayBuilder resources = Jsonp.PROVIDER.createArrayBuilder();
        page.items().forEach(item -> resources.add(resource.apply(item)));
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("schemas", Jsonp.PROVIDER.createArrayBuilder().add(LIST_SCHEMA))
                .add("totalResults", page.total())
                .add("startIndex", page.startIndex())
                .add("itemsPerPage", page.items().size())
                .add("Resources", resources)
                .build();
    }

    public static JsonObject error(int status, String scimType, String detail) {
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("schemas", Jsonp.PROVIDER.createArrayBuilder().add(ERROR_SCHEMA))
                .add("status", String.valueOf(status));
        if (scimType != null) {
            json.add("scimType", scimType);
        }
        return json.add("detail", detail).build();
    }

    /** The weak entity tag of a resource version ({@code meta.version}). */
    public static String etag(long version) {
        return "W/\"" + version + "\"";
    }

    private static JsonObjectBuilder meta(
            String resourceType, Instant created, Instant modified, String location, long version) {
        JsonObjectBuilder meta = Jsonp.PROVIDER.createObjectBuilder().add("resourceType", resourceType);
        if (created != null) {
            meta.add("created", created.toString());
        }
        if (modified != null) {
            meta.add("lastModified", modified.toString());
        }
        return meta.add("location", location).add("version", etag(version));
    }
}
