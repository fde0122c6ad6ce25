package io.github.muskopenai.archive.load;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.muskopenai.archive.ingest.ParseIssue;

/**
 * What a load did.
 *
 * @param outcome   loaded, unchanged (nothing to do) or refused (a document has errors; nothing changed)
 * @param version   the corpus version served after the load
 * @param documents one entry per document, with its counts and issues
 * @param messages  messages stored (an email found in two documents counts once)
 */
public record LoadReport(Outcome outcome, String version, List<DocumentReport> documents, long messages,
        double seconds) {

    public enum Outcome {
        LOADED, UNCHANGED, REFUSED
    }

    /** One document of a load. */
    public record DocumentReport(String name, String sha256, int lineCount, Map<String, Integer> counts,
            List<ParseIssue> issues) {
    }

    public List<ParseIssue> errors() {
        return documents.stream().flatMap(d -> d.issues().stream()).filter(ParseIssue::isError).toList();
    }

    /** The one-line summary printed at the end of a load. */
    public String summary() {
        String broken = documents.stream().filter(d -> d.issues().stream().anyMatch(ParseIssue::isError))
                .map(DocumentReport::name).collect(Collectors.joining(", "));
        String served = version == null ? "no corpus was loaded before"
                : "the corpus served before is unchanged (version " + version + ")";
        return switch (outcome) {
            case UNCHANGED -> "corpus unchanged (version " + version + "): " + documents.size() + " document(s)";
            case REFUSED -> "load refused: " + errors().size() + " error(s) in " + broken + "; " + served;
            case LOADED -> String.format("loaded %d document(s), %,d messages in %.1f s (%,.0f messages/s); corpus version %s",
                    documents.size(), messages, seconds, messages / Math.max(seconds, 1e-9), version);
        };
    }
}
