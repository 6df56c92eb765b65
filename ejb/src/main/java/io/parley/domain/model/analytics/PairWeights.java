package io.parley.domain.model.analytics;

import java.util.Arrays;

/**
 * A sparse symmetric weight per pair of raters (open addressing on primitive arrays): how strongly two raters are
 * linked through the units they share. Its size grows with the pairs of raters who ever rated together, not with
 * the ratings.
 */
final class PairWeights {

    private static final long EMPTY = -1;

    private long[] keys = new long[1024];
    private double[] weights = new double[1024];
    private int size;

    PairWeights() {
        Arrays.fill(keys, EMPTY);
    }

    /** Adds {@code weight} to the pair {@code a}, {@code b} (in either order; {@code a != b}). */
    void add(int a, int b, double weight) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(a, b);
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        weights[slot] += weight;
    }

    int size() {
        return size;
    }

    /** Each pair once, lower rater first. */
    void forEach(PairConsumer consumer) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                consumer.pair((int) (keys[slot] >>> 32), (int) keys[slot], weights[slot]);
            }
        }
    }

    @FunctionalInterface
    interface PairConsumer {
        void pair(int lower, int higher, double weight);
    }

    private static long key(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | high;
    }

    private static int slot(long key, int length) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & (length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldWeights = weights;
        keys = new long[oldKeys.length * 2];
        weights = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                weights[slot] = oldWeights[i];
            }
        }
    }
}
