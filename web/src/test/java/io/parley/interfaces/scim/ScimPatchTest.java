package io.parley.interfaces.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.user.GroupData;
import io.parley.application.user.UserData;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScimPatchTest {

    private static final UserData ADA = new UserData("ada", "ext-1", "Ada Lovelace", "ada@example.com", true);
    private static final GroupData GROUP = new GroupData("Interviewers", null, List.of("u1", "u2"));

    private static String patch(String operations) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operations + "]}";
    }

    private static UserData user(String operations) {
        return ScimPatch.user(ADA, ScimJson.body(patch(operations)));
    }

    private static GroupData group(String operations) {
        return ScimPatch.group(GROUP, ScimJson.body(patch(operations)));
    }

    @Test
    void deactivatesWithAValueObjectAsOktaSendsIt() {
        assertFalse(user("{\"op\":\"replace\",\"value\":{\"active\":false}}").active());
    }

    @Test
    void deactivatesWithAPathAndEntrasStringBoolean() {
        assertFalse(
                user("{\"op\":\"Replace\",\"path\":\"active\",\"value\":false}").active());
        assertFalse(user("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}")
                .active());
        UserData retired = new UserData("ada", null, "Ada", null, false);
        assertTrue(ScimPatch.user(
                        retired, ScimJson.body(patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"True\"}")))
                .active());
    }

    @Test
    void changesNameEmailAndExternalId() {
        UserData changed = user("{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Ada King\"},"
                + "{\"op\":\"Replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"ada@new.example\"},"
                + "{\"op\":\"Add\",\"path\":\"externalId\",\"value\":\"ext-2\"},"
                + "{\"op\":\"Replace\",\"path\":\"name.givenName\",\"value\":\"Ada\"},"
                + "{\"op\":\"Add\",\"path\":\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\","
                + "\"value\":\"R&D\"}");
        assertEquals(new UserData("ada", "ext-2", "Ada King", "ada@new.example", true), changed);
        assertEquals(
                "Ada Byron",
                user("{\"op\":\"replace\",\"value\":{\"name\":{\"formatted\":\"Ada Byron\"}}}")
                        .displayName());
        assertEquals(
                "ada@other.example",
                user("{\"op\":\"replace\",\"value\":{\"emails\":[{\"value\":\"ada@other.example\",\"primary\":true}]}}")
                        .email());
        UserData removed = user("{\"op\":\"remove\",\"path\":\"emails\"},{\"op\":\"remove\",\"path\":\"externalId\"}");
        assertNull(removed.email());
        assertNull(removed.externalId());
    }

    @Test
    void theSameUserNameIsNoChangeAnotherIsAMutabilityRefusal() {
        assertEquals(ADA, user("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"ADA\"}"));
        ScimError error = assertThrows(
                ScimError.class, () -> user("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"bob\"}"));
        assertEquals("mutability", error.scimType());
    }

    @Test
    void refusesMalformedPatches() {
        assertScimType("invalidSyntax", () -> ScimPatch.user(ADA, ScimJson.body("{\"Operations\":[]}")));
        assertScimType("invalidSyntax", () -> user(""));
        assertScimType("invalidSyntax", () -> user("{\"op\":\"move\",\"path\":\"active\",\"value\":true}"));
        assertScimType("invalidSyntax", () -> user("42"));
        assertScimType("invalidValue", () -> user("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}"));
        assertScimType("invalidValue", () -> user("{\"op\":\"replace\",\"path\":\"active\"}"));
        assertScimType("invalidValue", () -> user("{\"op\":\"replace\",\"value\":true}"));
        assertScimType("invalidPath", () -> user("{\"op\":\"replace\",\"path\":\"shoeSize\",\"value\":42}"));
        assertScimType("noTarget", () -> user("{\"op\":\"remove\"}"));
        assertScimType("mutability", () -> user("{\"op\":\"remove\",\"path\":\"active\"}"));
        assertScimType("invalidSyntax", () -> ScimJson.body("{not json"));
    }

    @Test
    void addsAndRemovesMembersAsEntraSendsIt() {
        assertEquals(
                List.of("u1", "u2", "u3"),
                group("{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"u3\"},{\"value\":\"u1\"}]}")
                        .memberIds());
        assertEquals(
                List.of("u2"),
                group("{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}")
                        .memberIds());
        assertEquals(
                List.of("u1"),
                group("{\"op\":\"remove\",\"path\":\"members[value eq \\\"u2\\\"]\"}")
                        .memberIds());
        assertEquals(
                List.of(), group("{\"op\":\"remove\",\"path\":\"members\"}").memberIds());
    }

    @Test
    void replacesMembersAndNameAsOktaSendsIt() {
        GroupData replaced = group("{\"op\":\"replace\",\"value\":{\"id\":\"g1\",\"displayName\":\"Hiring managers\"}},"
                + "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"u9\"}]}");
        assertEquals(new GroupData("Hiring managers", null, List.of("u9")), replaced);
    }

    @Test
    void refusesBadGroupPatches() {
        assertScimType("mutability", () -> group("{\"op\":\"remove\",\"path\":\"displayName\"}"));
        assertScimType("invalidValue", () -> group("{\"op\":\"add\",\"path\":\"members\",\"value\":[\"u3\"]}"));
        assertScimType(
                "invalidValue", () -> group("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"display\":\"x\"}]}"));
        assertScimType("invalidPath", () -> group("{\"op\":\"add\",\"path\":\"owners\",\"value\":[]}"));
        assertScimType(
                "invalidPath",
                () -> group("{\"op\":\"replace\",\"path\":\"members[value eq \\\"u1\\\"]\",\"value\":{}}"));
        assertScimType("invalidFilter", () -> group("{\"op\":\"remove\",\"path\":\"members[value co \\\"u\\\"]\"}"));
    }

    private static void assertScimType(String scimType, Runnable action) {
        ScimError error = assertThrows(ScimError.class, action::run);
        assertEquals(scimType, error.scimType(), error.detail());
        assertTrue(error.status() >= 400 && error.status() < 500);
    }
}
