package io.github.muskopenai.archive.ingest;

/**
 * Receives records while a document is parsed, so that a loader can write them without
 * holding the whole corpus in memory. Records arrive in an order that lets them be written
 * straight away: a thread with its messages when it ends; a section's events, then its images
 * and quotes, when the section ends; the people and the document last.
 */
public interface CorpusSink {

    /** Every line of the document, in order, as it is read (for keeping the document's text). */
    default void line(int number, String text) {
    }

    default void thread(ParsedThread thread) {
    }

    default void event(ParsedEvent event) {
    }

    default void image(ParsedImage image) {
    }

    default void quote(ParsedQuote quote) {
    }

    default void issue(ParseIssue issue) {
    }

    /** Called once, after everything else. */
    default void end(ParseResult result) {
    }
}
