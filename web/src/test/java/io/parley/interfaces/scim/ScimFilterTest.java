package io.parley.interfaces.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScimFilterTest {

    private static final Map<String, String> USERS = Map.of("username", "userName", "externalid", "externalId");

    @Test
    void readsTheEqualityFiltersEntraAndOktaSend() {
        assertEquals(
                Optional.of(new ScimFilter("userName", "ada@example.com")),
                ScimFilter.parse("userName eq \"ada@example.com\"", USERS));
        assertEquals(
                Optional.of(new ScimFilter("externalId", "4f2c-11")),
                ScimFilter.parse("  externalId   EQ   \"4f2c-11\" ", USERS));
        assertEquals(
                Optional.of(new ScimFilter("userName", "ada")),
                ScimFilter.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"ada\"", USERS));
    }

    @Test
    void unescapesTheValueAsJson() {
        assertEquals(
                "a\"b\\c é",
                ScimFilter.parse("userName eq \"a\\\"b\\\\c \\u00e9\"", USERS)
                        .orElseThrow()
                        .value());
        assertEquals(
                "has space",
                ScimFilter.parse("userName eq \"has space\"", USERS)
                        .orElseThrow()
                        .value());
    }

    @Test
    void noFilterIsEmpty() {
        assertTrue(ScimFilter.parse(null, USERS).isEmpty());
        assertTrue(ScimFilter.parse("  ", USERS).isEmpty());
    }

    @Test
    void refusesWhatItDoesNotSupportAsInvalidFilter() {
        for (String bad : new String[] {
            "userName co \"ada\"",
            "userName eq ada",
            "userName eq \"ada",
            "userName eq \"ada\" and active eq true",
            "emails.value eq \"ada@example.com\"",
            "userName",
            "userName eq",
            "userName eq \"bad \\x escape\"",
            "x".repeat(1001)
        }) {
            ScimError error = assertThrows(ScimError.class, () -> ScimFilter.parse(bad, USERS), bad);
            assertEquals(400, error.status(), bad);
            assertEquals("invalidFilter", error.scimType(), bad);
        }
    }
}
