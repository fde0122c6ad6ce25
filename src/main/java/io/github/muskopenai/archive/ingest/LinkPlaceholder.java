package io.github.muskopenai.archive.ingest;

/** A placeholder such as "[Link to news article]" that stands where the source removed a link. */
public record LinkPlaceholder(String text, int line, int column, int bodyOffset) {
}
