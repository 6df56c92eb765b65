package io.parley.domain.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NameScrubberTest {

    private static final Pseudonym PSEUDONYM = Pseudonym.of(key(), "ats-4711");
    private static final String P = PSEUDONYM.name();

    private static byte[] key() {
        byte[] key = new byte[Pseudonym.KEY_BYTES];
        Arrays.fill(key, (byte) 3);
        return key;
    }

    private static NameScrubber scrubber(String name, String email, String externalId) {
        return NameScrubber.of(name, email, externalId, PSEUDONYM);
    }

    @Test
    void theWholeNameItsPartsTheAddressAndTheIdAreReplaced() {
        NameScrubber scrubber = scrubber("Anna-Lena Müller", "anna.mueller@example.org", "ats-4711");
        assertEquals(
                "Ask " + P + " about the gap; " + P + " said " + P + " and " + P + " would mail from " + P + " (" + P
                        + ").",
                scrubber.scrub("Ask Anna-Lena Müller about the gap; Anna said Lena and MÜLLER would mail from"
                        + " anna.mueller@example.org (ats-4711)."));
    }

    @Test
    void onlyWholeWordsOfTheName() {
        NameScrubber scrubber = scrubber("Ann Lee", "ann@example.org", "ats-4711");
        assertEquals("Annabel and Leeds stay; " + P + " goes", scrubber.scrub("Annabel and Leeds stay; Ann goes"));
    }

    @Test
    void aShortIdIsNotReplacedInsideOtherNumbers() {
        NameScrubber scrubber = scrubber("Omar Haddad", "omar@example.org", "42");
        assertEquals("42 minutes with " + P, scrubber.scrub("42 minutes with Omar"));
    }

    @Test
    void namesInOtherScriptsAndCase() {
        NameScrubber scrubber = scrubber("Łukasz Żółć", "lz@example.org", "ats-99");
        assertEquals(P + " / " + P, scrubber.scrub("łukasz / ŻÓŁĆ"));
        NameScrubber greek = scrubber("Σοφία Παππά", "s@example.org", "ats-98");
        assertEquals(P + " asked", greek.scrub("ΣΟΦΊΑ asked"));
    }

    @Test
    void aSingleLetterIsNoName() {
        NameScrubber scrubber = scrubber("J Smith", "js@example.org", "ats-97");
        String scrubbed = scrubber.scrub("J. Smith joined");
        assertTrue(scrubbed.contains(P), scrubbed);
        assertFalse(scrubbed.contains("Smith"), scrubbed);
        assertTrue(scrubbed.startsWith("J."), "a lone initial stays: " + scrubbed);
    }

    @Test
    void aTextMadeLongerIsCutToItsColumn() {
        NameScrubber scrubber = scrubber("Bo Li", "bo@example.org", "ats-96");
        String scrubbed = scrubber.scrub("Bo ".repeat(10), 40);
        assertEquals(40, scrubbed.length());
        assertTrue(scrubbed.endsWith("…"));
        assertNull(scrubber.scrub(null, 40));
        assertEquals("", scrubber.scrub(""));
    }
}
