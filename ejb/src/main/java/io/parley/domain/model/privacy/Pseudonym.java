package io.parley.domain.model.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stable pseudonym of a candidate: the same ATS id gives the same pseudonym on every server and in every later
 * run, so the interviews of one candidate stay together after anonymization, yet the pseudonym does not lead back to
 * the id without the installation's key (HMAC-SHA-256 with a random key kept in the database, never a known
 * value). Eight characters of Crockford's base 32 (40 bits), shown as {@code K7Q2-9XPM}.
 */
public final class Pseudonym {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** The shortest key taken: 256 bits. */
    public static final int KEY_BYTES = 32;

    private final String code;

    private Pseudonym(String code) {
        this.code = code;
    }

    /** The pseudonym of the candidate the ATS knows as {@code externalId}, under the installation's {@code key}. */
    public static Pseudonym of(byte[] key, String externalId) {
        Objects.requireNonNull(externalId, "externalId");
        if (key == null || key.length < KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonym key has at least " + KEY_BYTES + " bytes");
        }
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac = hmac.doFinal(externalId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = bits << 8 | (mac[i] & 0xff);
        }
        StringBuilder code = new StringBuilder(9);
        for (int i = 7; i >= 0; i--) {
            code.append(ALPHABET[(int) (bits >>> (i * 5)) & 31]);
            if (i == 4) {
                code.append('-');
            }
        }
        return new Pseudonym(code.toString());
    }

    /** {@code K7Q2-9XPM}. */
    public String code() {
        return code;
    }

    /** What stands for the candidate's name: {@code Candidate K7Q2-9XPM}. */
    public String name() {
        return "Candidate " + code;
    }

    /** What stands for the ATS id: {@code erased:K7Q2-9XPM}. */
    public String externalId() {
        return "erased:" + code;
    }

    /** What stands for the e-mail address: one that goes nowhere ({@code .invalid}, RFC 2606). */
    public String email() {
        return "erased-" + code.toLowerCase(java.util.Locale.ROOT) + "@erased.invalid";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pseudonym other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
