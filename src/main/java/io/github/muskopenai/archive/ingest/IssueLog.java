package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.List;

import io.github.muskopenai.archive.ingest.ParseIssue.Severity;

/**
 * Collects the issues of one document and passes them on to the sink. A binary file would
 * produce one issue per line, so past {@value #LIMIT} issues only a final note is kept.
 */
final class IssueLog {

    static final int LIMIT = 200;

    private final String source;
    private final CorpusSink sink;
    private final List<ParseIssue> issues = new ArrayList<>();
    private boolean truncated;
    private boolean anyError;

    IssueLog(String source, CorpusSink sink) {
        this.source = source;
        this.sink = sink;
    }

    void error(int line, String message) {
        add(line, Severity.ERROR, message);
    }

    void warning(int line, String message) {
        add(line, Severity.WARNING, message);
    }

    void info(int line, String message) {
        add(line, Severity.INFO, message);
    }

    private void add(int line, Severity severity, String message) {
        anyError |= severity == Severity.ERROR;
        if (issues.size() >= LIMIT) {
            if (!truncated) {
                truncated = true;
                record(new ParseIssue(source, line, Severity.ERROR,
                        "more than " + LIMIT + " issues; the rest are not listed"));
            }
            return;
        }
        record(new ParseIssue(source, line, severity, message));
    }

    private void record(ParseIssue issue) {
        issues.add(issue);
        sink.issue(issue);
    }

    boolean hasErrors() {
        return anyError;
    }

    List<ParseIssue> issues() {
        return List.copyOf(issues);
    }
}
