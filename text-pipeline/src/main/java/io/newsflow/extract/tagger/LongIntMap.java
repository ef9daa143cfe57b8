package io.newsflow.extract.tagger;

import java.util.Arrays;

/**
 * Open-addressing map from non-zero {@code long} feature keys to dense row numbers. Feature keys
 * are computed without allocating strings, so lookups during tagging allocate nothing. Not
 * thread-safe for writes; safe for concurrent reads once filled (the model never writes after
 * loading).
 */
final class LongIntMap {

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, (int) (expected / 0.6))) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Row of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** Row of {@code key}, assigning the next free row if absent. */
    int getOrAdd(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if (size >= keys.length * 0.6) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                keys[i] = key;
                values[i] = size;
                return size++;
            }
        }
    }

    void put(long key, int value) {
        if (size >= keys.length * 0.6) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    /** All keys, indexed by row (valid when rows were assigned densely by {@link #getOrAdd}). */
    long[] keysByRow() {
        long[] out = new long[size];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                out[values[i]] = keys[i];
            }
        }
        return out;
    }

    private void grow() {
        long[] oldK = keys;
        int[] oldV = values;
        keys = new long[oldK.length * 2];
        values = new int[oldK.length * 2];
        Arrays.fill(values, 0);
        size = 0;
        for (int i = 0; i < oldK.length; i++) {
            if (oldK[i] != 0) {
                put(oldK[i], oldV[i]);
            }
        }
    }
}
