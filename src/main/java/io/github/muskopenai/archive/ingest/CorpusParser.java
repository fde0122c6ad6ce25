package io.github.muskopenai.archive.ingest;

import java.io.InputStream;

/**
 * Parses a document of the corpus (the page reproducing "Elon Musk wanted an OpenAI
 * for-profit", or another in the same format) into people, threads, messages, events, images and
 * narrative quotes, each with its source lines.
 * <p>
 * It never throws on bad input: what it cannot read becomes a {@link ParseIssue} with a line
 * number, and the caller decides (the loader refuses documents with errors).
 */
public final class CorpusParser {

    /**
     * Changes whenever the parser would produce different records from the same bytes, so that a
     * loaded corpus is rebuilt when the parser changes.
     */
    public static final String VERSION = "3";

    /** Streams the records of one document to {@code sink}; returns what is known at the end. */
    public ParseResult parse(String documentName, InputStream in, CorpusSink sink) {
        return new ParserRun(documentName, in, sink).run();
    }

    /** Parses one document into memory (for tests and small documents). */
    public ParsedCorpus parse(String documentName, InputStream in) {
        ParsedCorpus corpus = new ParsedCorpus();
        parse(documentName, in, corpus.sink());
        return corpus;
    }
}
