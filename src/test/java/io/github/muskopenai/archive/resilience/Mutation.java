package io.github.muskopenai.archive.resilience;

/**
 * One broken variant of the real document.
 *
 * @param kind   what was done, for the test name and the summary line
 * @param bytes  the whole file
 * @param expect what the loader must answer, beyond "loaded consistently or refused cleanly"
 * @param line   the line an ERROR must be reported on, for {@link Expect#REFUSED_AT}
 */
record Mutation(String kind, byte[] bytes, Expect expect, int line) {

    enum Expect {
        /** Loaded (warnings allowed) or refused: the document may still be readable. */
        EITHER,
        /** Refused, with an ERROR on {@link Mutation#line()} (0: the whole document). */
        REFUSED_AT
    }

    static Mutation either(String kind, byte[] bytes) {
        return new Mutation(kind, bytes, Expect.EITHER, -1);
    }

    static Mutation refusedAt(int line, String kind, byte[] bytes) {
        return new Mutation(kind, bytes, Expect.REFUSED_AT, line);
    }

    @Override
    public String toString() {
        return kind;
    }
}
