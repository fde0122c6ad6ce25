package io.github.muskopenai.archive.ingest;

import java.util.List;

/** What is known only at the end of a document: the document itself, its people and all issues. */
public record ParseResult(ParsedDocument document, List<ParsedPerson> people, List<ParseIssue> issues,
        int threadCount, int messageCount, int eventCount, int imageCount, int quoteCount) {

    public boolean hasErrors() {
        return issues.stream().anyMatch(ParseIssue::isError);
    }

    public List<ParseIssue> errors() {
        return issues.stream().filter(ParseIssue::isError).toList();
    }
}
