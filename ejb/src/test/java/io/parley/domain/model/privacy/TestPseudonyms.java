package io.parley.domain.model.privacy;

import java.util.Arrays;

/** Pseudonyms and scrubbers for the anonymization tests: a fixed key, a candidate "Kim Novak". */
public final class TestPseudonyms {

    public static final String NAME = "Kim Novak";
    public static final String EMAIL = "kim.novak@example.org";
    public static final String EXTERNAL_ID = "ats-cand-77";

    private TestPseudonyms() {}

    public static Pseudonym pseudonym() {
        byte[] key = new byte[Pseudonym.KEY_BYTES];
        Arrays.fill(key, (byte) 9);
        return Pseudonym.of(key, EXTERNAL_ID);
    }

    public static NameScrubber scrubber() {
        return NameScrubber.of(NAME, EMAIL, EXTERNAL_ID, pseudonym());
    }
}
