package io.parley.interfaces.rest;

import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/** Reads request bodies strictly: every missing field or wrong type is a {@link BadRequest} that names it. */
public final class JsonBodies {

    static final int MAX_DEPTH = 32;

    private JsonBodies() {}

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequest("The request needs a JSON body.");
        }
        if (depth(body) > MAX_DEPTH) {
            throw new BadRequest("The request body is nested more than " + MAX_DEPTH + " levels deep.");
        }
        try (JsonParser parser = Jsonp.PROVIDER.createParser(new StringReader(body))) {
            if (!parser.hasNext()) {
                throw new BadRequest("The request body is not valid JSON.");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new BadRequest("The request body has more after its JSON value.");
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRequest("The request body must be a JSON object.");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new BadRequest("The request body is not valid JSON.");
        }
    }

    /** Refuses fields the endpoint does not know (a typo must not pass as "not given"). */
    static void onlyFields(JsonObject json, Set<String> known) {
        for (String name : json.keySet()) {
            if (!known.contains(name)) {
                throw new BadRequest("Unknown field '" + name + "'; expected some of " + new TreeSet<>(known) + ".");
            }
        }
    }

    /** The deepest nesting of objects and arrays, outside strings (checked before parsing). */
    static int depth(String body) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    static JsonObject object(JsonObject parent, String name) {
        return as(parent, name, JsonValue.ValueType.OBJECT, "an object").asJsonObject();
    }

    static String text(JsonObject parent, String name) {
        return ((JsonString) as(parent, name, JsonValue.ValueType.STRING, "a string")).getString();
    }

    static String optionalText(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : text(parent, name);
    }

    static int integer(JsonObject parent, String name) {
        JsonNumber number = (JsonNumber) as(parent, name, JsonValue.ValueType.NUMBER, "a whole number");
        if (!number.isIntegral()) {
            throw new BadRequest("'" + name + "' must be a whole number.");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new BadRequest("'" + name + "' is out of range.");
        }
    }

    static long longValue(JsonObject parent, String name) {
        JsonNumber number = (JsonNumber) as(parent, name, JsonValue.ValueType.NUMBER, "a whole number");
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadRequest("'" + name + "' must be a whole number.");
        }
    }

    static boolean bool(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE || value == null) {
            return false;
        }
        throw new BadRequest("'" + name + "' must be true or false.");
    }

    static List<JsonObject> objects(JsonObject parent, String name) {
        JsonArray array = (JsonArray) as(parent, name, JsonValue.ValueType.ARRAY, "an array");
        List<JsonObject> result = new ArrayList<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRequest("'" + name + "' must hold objects.");
            }
            result.add(value.asJsonObject());
        }
        return result;
    }

    /** Like {@link #objects}, but a missing or null array is empty (partial drafts). */
    static List<JsonObject> optionalObjects(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? List.of() : objects(parent, name);
    }

    /** A whole number, or {@code null} when missing or null. */
    static Integer optionalInteger(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : integer(parent, name);
    }

    static List<String> texts(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (JsonValue item : (JsonArray) as(parent, name, JsonValue.ValueType.ARRAY, "an array")) {
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                throw new BadRequest("'" + name + "' must hold strings.");
            }
            result.add(((JsonString) item).getString());
        }
        return result;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonObject parent, String name) {
        String value = text(parent, name);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("'" + name + "' has an unknown value '" + value + "'.");
        }
    }

    private static JsonValue as(JsonObject parent, String name, JsonValue.ValueType type, String expected) {
        JsonValue value = parent.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new BadRequest("'" + name + "' is missing.");
        }
        if (value.getValueType() != type) {
            throw new BadRequest("'" + name + "' must be " + expected + ".");
        }
        return value;
    }
}
