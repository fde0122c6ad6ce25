package io.github.muskopenai.archive.synth;

import java.nio.file.Path;

/** Totals of one generation run. */
public record GenerationSummary(Path directory, int documents, long messages, long threads, long events,
        long quotes, long bytes) {

    GenerationSummary plus(DocumentStats document) {
        return new GenerationSummary(directory, documents + 1, messages + document.messages(),
                threads + document.threads(), events + document.events(), quotes + document.quotes(),
                bytes + document.bytes());
    }
}
