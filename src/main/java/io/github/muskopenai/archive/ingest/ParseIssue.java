package io.github.muskopenai.archive.ingest;

/**
 * A problem found in a source document. Errors make the loader refuse the document; warnings
 * are kept with the loaded document and shown by {@code GET /api/corpus}.
 *
 * @param source   the document's name
 * @param line     1-based line the problem was found on (0 when it concerns the whole document)
 * @param severity how bad it is
 * @param message  what is wrong, in words a document editor can act on
 */
public record ParseIssue(String source, int line, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING, INFO
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return source + ":" + line + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
