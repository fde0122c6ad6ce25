package io.github.muskopenai.archive.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The set of message ids a load has seen: ids are 64-bit hashes, so any long (0, negative) may occur. */
class LongSetTest {

    /** More than a million: the table grows from 4,096 slots through many doublings. */
    private static final int MANY = 1_200_000;
    /** Spreads consecutive numbers over the whole long range, sign bit included, as content hashes are. */
    private static final long SPREAD = 0xD1B54A32D192ED03L;

    @Test
    void addReportsWhetherTheValueIsNew() {
        LongSet set = new LongSet();

        assertThat(set.add(42)).isTrue();
        assertThat(set.add(7)).isTrue();
        assertThat(set.add(42)).isFalse();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void anEmptySetHasSizeZero() {
        assertThat(new LongSet().size()).isZero();
    }

    @Test
    void zeroIsAValueLikeAnyOther() {
        LongSet set = new LongSet();

        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.add(1)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void keepsNegativeAndExtremeValues() {
        LongSet set = new LongSet();
        long[] values = {-1, Long.MIN_VALUE, Long.MAX_VALUE, Long.parseUnsignedLong("ffffffffffffffff", 16),
                Long.parseUnsignedLong("8000000000000000", 16)};

        assertThat(set.add(values[0])).isTrue();
        assertThat(set.add(values[1])).isTrue();
        assertThat(set.add(values[2])).isTrue();
        // "ffff…" is -1 and "8000…" is Long.MIN_VALUE once parsed as unsigned: both already there.
        assertThat(set.add(values[3])).isFalse();
        assertThat(set.add(values[4])).isFalse();
        assertThat(set.size()).isEqualTo(3);
    }

    @Test
    void growsPastAMillionEntriesWithoutLosingAny() {
        LongSet set = new LongSet();

        long added = LongStream.rangeClosed(1, MANY).filter(i -> set.add(i * SPREAD)).count();

        assertThat(added).isEqualTo(MANY);
        assertThat(set.size()).isEqualTo(MANY);
        long addedAgain = LongStream.rangeClosed(1, MANY).filter(i -> set.add(i * SPREAD)).count();
        assertThat(addedAgain).isZero();
        assertThat(set.size()).isEqualTo(MANY);
    }

    @Test
    void keepsValuesThatShareTheirLowBits() {
        // Values differing only above bit 32 must not be confused by a table index taken from low bits.
        LongSet set = new LongSet();

        long added = LongStream.rangeClosed(1, 100_000).filter(i -> set.add(i << 32)).count();

        assertThat(added).isEqualTo(100_000);
        assertThat(set.add(5L << 32)).isFalse();
        assertThat(set.size()).isEqualTo(100_000);
    }

    @Test
    void countsZeroTogetherWithTheOthersAfterGrowth() {
        LongSet set = new LongSet();
        set.add(0);

        LongStream.rangeClosed(1, 10_000).forEach(set::add);

        assertThat(set.size()).isEqualTo(10_001);
        assertThat(set.add(0)).isFalse();
        assertThat(set.add(10_000)).isFalse();
        assertThat(set.add(10_001)).isTrue();
    }
}
