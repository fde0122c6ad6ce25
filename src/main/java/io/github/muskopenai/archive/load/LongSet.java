package io.github.muskopenai.archive.load;

import java.util.Arrays;

/**
 * A set of longs in one open-addressing array: the message ids seen during a load (8 bytes
 * each, so a million messages take 16 MB instead of the ~80 MB a {@code HashSet<Long>} needs).
 */
final class LongSet {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 12];
    private int size;
    private boolean containsZero;

    /** Adds {@code value}; false when it was already there. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !containsZero;
            containsZero = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        return insert(slots, value);
    }

    int size() {
        return size + (containsZero ? 1 : 0);
    }

    private boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = Long.hashCode(value * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        Arrays.stream(old).filter(v -> v != EMPTY).forEach(v -> insert(slots, v));
    }
}
