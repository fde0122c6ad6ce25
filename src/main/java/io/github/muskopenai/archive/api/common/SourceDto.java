package io.github.muskopenai.archive.api.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.github.muskopenai.archive.domain.SourceRef;

/** Provenance of a record: the document and the lines (1-based, inclusive) it was read from. */
@Schema(name = "Source", description = "Where a record was read from: document and lines (1-based, inclusive).")
public record SourceDto(
        @Schema(examples = "elon-and-openai-2.md") String document,
        @Schema(examples = "41") int firstLine,
        @Schema(examples = "46") int lastLine) {

    public static SourceDto from(SourceRef source) {
        return new SourceDto(source.document, source.firstLine, source.lastLine);
    }
}
