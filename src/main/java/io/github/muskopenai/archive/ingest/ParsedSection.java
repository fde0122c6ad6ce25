package io.github.muskopenai.archive.ingest;

/**
 * The part of the page that restates a timeline item: its heading or plain restatement line as
 * written, and the lines it runs over.
 */
public record ParsedSection(String heading, SourceSpan span) {
}
