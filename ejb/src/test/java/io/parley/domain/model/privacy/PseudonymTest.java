package io.parley.domain.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[Pseudonym.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void theSameIdUnderTheSameKeyGivesTheSamePseudonym() {
        assertEquals(Pseudonym.of(key(1), "ats-4711"), Pseudonym.of(key(1), "ats-4711"));
        assertEquals(
                Pseudonym.of(key(1), "ats-4711").code(),
                Pseudonym.of(key(1), "ats-4711").code());
    }

    @Test
    void anotherIdOrAnotherKeyGivesAnother() {
        assertNotEquals(Pseudonym.of(key(1), "ats-4711"), Pseudonym.of(key(1), "ats-4712"));
        assertNotEquals(Pseudonym.of(key(1), "ats-4711"), Pseudonym.of(key(2), "ats-4711"));
    }

    @Test
    void itMatchesAKnownHmacValue() {
        // printf ats-4711 | openssl dgst -sha256 -mac HMAC -macopt hexkey:0101...01 (32 bytes) = 35902f0445...;
        // its first 40 bits in Crockford's base 32: 6P82Y125
        Pseudonym pseudonym = Pseudonym.of(key(1), "ats-4711");
        assertEquals("6P82-Y125", pseudonym.code());
        assertEquals("Candidate " + pseudonym.code(), pseudonym.name());
        assertEquals("erased:" + pseudonym.code(), pseudonym.externalId());
        assertTrue(pseudonym.email().endsWith("@erased.invalid"), pseudonym.email());
    }

    @Test
    void aThousandIdsGiveAThousandPseudonyms() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(Pseudonym.of(key(7), "candidate-" + i).code());
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pseudonym.of(new byte[16], "ats-1"));
        assertThrows(IllegalArgumentException.class, () -> Pseudonym.of(null, "ats-1"));
    }
}
