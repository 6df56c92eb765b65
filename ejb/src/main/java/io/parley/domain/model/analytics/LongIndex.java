package io.parley.domain.model.analytics;

import java.util.Arrays;

/**
 * Numbers long keys 0, 1, 2, ... in the order they are first seen, in two primitive arrays (open addressing, linear
 * probing): a rater model over millions of ratings keeps no object per interview or unit.
 */
final class LongIndex {

    private static final int ABSENT = -1;

    private long[] keys = new long[16];
    private int[] indexes = filled(16);
    private int size;

    /** The key's number, given the next one when the key is new. */
    int intern(long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (indexes[slot] != ABSENT) {
            if (keys[slot] == key) {
                return indexes[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        indexes[slot] = size;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIndexes = indexes;
        keys = new long[oldKeys.length * 2];
        indexes = filled(keys.length);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldIndexes[i] != ABSENT) {
                int slot = mix(oldKeys[i]) & mask;
                while (indexes[slot] != ABSENT) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                indexes[slot] = oldIndexes[i];
            }
        }
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        Arrays.fill(array, ABSENT);
        return array;
    }

    /** Spreads the key's bits (the finalizer of MurmurHash3's 64-bit variant). */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
