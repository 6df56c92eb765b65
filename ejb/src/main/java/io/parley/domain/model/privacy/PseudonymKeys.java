package io.parley.domain.model.privacy;

/**
 * The installation's key for pseudonyms ({@link Pseudonym#of}): made at random the first time it is needed, then the
 * same on every server and after every restart.
 */
public interface PseudonymKeys {

    /** The key, {@link Pseudonym#KEY_BYTES} bytes. */
    byte[] key();
}
