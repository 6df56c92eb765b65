package io.parley.interfaces.scim;

import io.parley.application.user.GroupData;
import io.parley.application.user.UserData;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SCIM PATCH (RFC 7644, section 3.5.2) as Entra ID and Okta send it, applied to what is kept now: the result is the
 * whole resource after the operations, which the service then stores as a replace. Operations {@code add},
 * {@code replace} and {@code remove} (in any case), with a path or, for add and replace, a value object of
 * attributes.
 *
 * <p>Users: {@code active} (a boolean, or Entra ID's "True"/"False"), {@code displayName}, {@code name.formatted},
 * {@code externalId}, {@code userName} (it cannot change: the service refuses another one), {@code emails} and
 * {@code emails[type eq "work"].value}. Attributes of the User schema that Parley does not keep (given and family
 * name, title, phone numbers, addresses, ...) and those of extension schemas are accepted and ignored; unknown ones
 * are refused. Groups: {@code displayName}, {@code externalId}, {@code members} (add, replace, remove with a value
 * or all) and {@code members[value eq "id"]} (remove).
 */
public final class ScimPatch {

    static final int MAX_OPERATIONS = 1000;

    private static final String USER_PREFIX = ScimJson.USER_SCHEMA.toLowerCase(Locale.ROOT) + ":";
    private static final String GROUP_PREFIX = ScimJson.GROUP_SCHEMA.toLowerCase(Locale.ROOT) + ":";

    /** User attributes of RFC 7643 that Parley does not keep: a patch of them is accepted and changes nothing. */
    private static final Set<String> IGNORED_USER_ATTRIBUTES = Set.of(
            "name",
            "name.givenname",
            "name.familyname",
            "name.middlename",
            "name.honorificprefix",
            "name.honorificsuffix",
            "nickname",
            "profileurl",
            "title",
            "usertype",
            "preferredlanguage",
            "locale",
            "timezone",
            "phonenumbers",
            "ims",
            "photos",
            "addresses",
            "entitlements",
            "roles",
            "x509certificates");

    private ScimPatch() {}

    private enum Op {
        ADD,
        REPLACE,
        REMOVE
    }

    private record Operation(Op op, String path, JsonValue value) {}

    /** The operations of a PatchOp body; a body that is not one is {@code invalidSyntax}. */
    private static List<Operation> operations(JsonObject body) {
        ScimJson.requireSchema(body, ScimJson.PATCH_SCHEMA);
        JsonValue operations = body.get("Operations");
        if (operations == null) {
            operations = body.get("operations");
        }
        if (operations == null || operations.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ScimError.invalidSyntax("'Operations' must be an array of operations.");
        }
        if (operations.asJsonArray().isEmpty() || operations.asJsonArray().size() > MAX_OPERATIONS) {
            throw ScimError.invalidSyntax("'Operations' must hold 1 to " + MAX_OPERATIONS + " operations.");
        }
        List<Operation> result = new ArrayList<>();
        for (JsonValue item : operations.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimError.invalidSyntax("Each operation must be an object with 'op', 'path' and 'value'.");
            }
            JsonObject operation = item.asJsonObject();
            String op = ScimJson.optionalText(operation, "op");
            Op kind;
            try {
                kind = Op.valueOf(op == null ? "" : op.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ScimError.invalidSyntax("'op' must be add, replace or remove, not '" + op + "'.");
            }
            String path = ScimJson.optionalText(operation, "path");
            JsonValue value = operation.get("value");
            if (path != null && path.isBlank()) {
                path = null;
            }
            if (path == null && kind == Op.REMOVE) {
                throw ScimError.noTarget("A remove operation needs a 'path'.");
            }
            if (kind != Op.REMOVE && (value == null || value.getValueType() == JsonValue.ValueType.NULL)) {
                throw ScimError.invalidValue(
                        "An " + kind.name().toLowerCase(Locale.ROOT) + " operation needs a 'value'.");
            }
            if (path == null && value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimError.invalidValue("Without a 'path', the 'value' must be an object of attributes.");
            }
            result.add(new Operation(kind, path == null ? null : path.strip(), value));
        }
        return result;
    }

    /** The user after the operations of {@code body}. */
    public static UserData user(UserData current, JsonObject body) {
        UserState state = new UserState(current);
        for (Operation operation : operations(body)) {
            if (operation.path() == null) {
                for (Map.Entry<String, JsonValue> attribute :
                        operation.value().asJsonObject().entrySet()) {
                    state.apply(operation.op(), attribute.getKey(), attribute.getValue());
                }
            } else {
                state.apply(operation.op(), operation.path(), operation.value());
            }
        }
        return state.data();
    }

    /** The group after the operations of {@code body}. */
    public static GroupData group(GroupData current, JsonObject body) {
        GroupState state = new GroupState(current);
        for (Operation operation : operations(body)) {
            if (operation.path() == null) {
                for (Map.Entry<String, JsonValue> attribute :
                        operation.value().asJsonObject().entrySet()) {
                    state.apply(operation.op(), attribute.getKey(), attribute.getValue());
                }
            } else {
                state.apply(operation.op(), operation.path(), operation.value());
            }
        }
        return state.data();
    }

    private static String attribute(String path, String schemaPrefix) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith(schemaPrefix) ? lower.substring(schemaPrefix.length()) : lower;
    }

    private static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String text(JsonValue value, String name) {
        if (isNull(value)) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw ScimError.invalidValue("'" + name + "' must be a string.");
    }

    private static final class UserState {
        private final String userName;
        private String externalId;
        private String displayName;
        private String email;
        private boolean active;

        UserState(UserData current) {
            userName = current.userName();
            externalId = current.externalId();
            displayName = current.displayName();
            email = current.email();
            active = current.active();
        }

        UserData data() {
            return new UserData(userName, externalId, displayName, email, active);
        }

        void apply(Op op, String path, JsonValue value) {
            String attribute = attribute(path, USER_PREFIX);
            boolean remove = op == Op.REMOVE;
            if (attribute.startsWith("urn:")) {
                return; // an extension schema's attribute (e.g. the enterprise user's department): not kept
            }
            switch (attribute) {
                case "active" -> {
                    if (remove) {
                        throw ScimError.mutability("'active' cannot be removed; set it to true or false.");
                    }
                    active = ScimJson.bool(value, "active");
                }
                case "displayname", "name.formatted" -> displayName = remove ? null : text(value, path);
                case "externalid" -> externalId = remove ? null : text(value, path);
                case "username" -> {
                    if (remove
                            || !userName.equalsIgnoreCase(
                                    String.valueOf(text(value, path)).strip())) {
                        throw ScimError.mutability("The user name of " + userName + " cannot change.");
                    }
                }
                case "emails" -> email = remove ? null : ScimJson.email(value);
                case "emails.value", "emails[type eq \"work\"].value", "emails[primary eq true].value" ->
                    email = remove ? null : text(value, path);
                default -> {
                    if (attribute.startsWith("emails[")) {
                        if (remove) {
                            email = null;
                        }
                        return; // another kind of address than the work one: not kept
                    }
                    if (attribute.equals("name") && !remove && !isNull(value)) {
                        String formatted = ScimJson.nameOf(value);
                        if (formatted != null) {
                            displayName = formatted;
                        }
                        return;
                    }
                    String root = attribute.contains("[") ? attribute.substring(0, attribute.indexOf('[')) : attribute;
                    if (!IGNORED_USER_ATTRIBUTES.contains(root)
                            && !IGNORED_USER_ATTRIBUTES.contains(root.replaceAll("\\..*", ""))) {
                        throw ScimError.invalidPath("The User has no attribute '" + path + "' Parley keeps.");
                    }
                }
            }
        }
    }

    private static final class GroupState {
        private String displayName;
        private String externalId;
        private final Set<String> members;

        GroupState(GroupData current) {
            displayName = current.displayName();
            externalId = current.externalId();
            members = new LinkedHashSet<>(current.memberIds());
        }

        GroupData data() {
            return new GroupData(displayName, externalId, List.copyOf(members));
        }

        void apply(Op op, String path, JsonValue value) {
            String attribute = attribute(path, GROUP_PREFIX);
            switch (attribute) {
                case "displayname" -> {
                    if (op == Op.REMOVE) {
                        throw ScimError.mutability("A group's 'displayName' is required.");
                    }
                    String name = text(value, path);
                    if (name == null || name.isBlank()) {
                        throw ScimError.invalidValue("A group's 'displayName' is required.");
                    }
                    displayName = name.strip();
                }
                case "externalid" -> externalId = op == Op.REMOVE ? null : text(value, path);
                case "id", "schemas", "meta" -> {
                    // Okta sends the id and schemas along in a replace without a path: they do not change
                }
                case "members" -> {
                    Set<String> ids = ScimJson.memberIds(value);
                    if (op == Op.ADD) {
                        members.addAll(ids);
                    } else if (op == Op.REPLACE) {
                        members.clear();
                        members.addAll(ids);
                    } else if (isNull(value)) {
                        members.clear();
                    } else {
                        members.removeAll(ids);
                    }
                }
                default -> {
                    if (attribute.startsWith("members[") && attribute.endsWith("]")) {
                        String filter = path.strip()
                                .substring("members[".length(), path.strip().length() - 1);
                        String id = ScimFilter.parse(filter, Map.of("value", "value"))
                                .orElseThrow(() -> ScimError.invalidPath("An empty member filter: " + path))
                                .value();
                        if (op != Op.REMOVE) {
                            throw ScimError.invalidPath("Add or replace members with path 'members' and a value; '"
                                    + path + "' is for remove.");
                        }
                        members.remove(id);
                        return;
                    }
                    throw ScimError.invalidPath("The Group has no attribute '" + path + "'.");
                }
            }
        }
    }
}
