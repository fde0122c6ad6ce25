package io.github.muskopenai.archive.ingest;

/** The first and last source line (1-based, inclusive) a record was read from. */
public record SourceSpan(int firstLine, int lastLine) {

    public SourceSpan {
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad span " + firstLine + "-" + lastLine);
        }
    }

    public static SourceSpan of(int line) {
        return new SourceSpan(line, line);
    }
}
