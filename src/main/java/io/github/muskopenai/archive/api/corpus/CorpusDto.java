package io.github.muskopenai.archive.api.corpus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.github.muskopenai.archive.domain.CorpusState;
import io.github.muskopenai.archive.domain.SourceDocument;

/** What is loaded: the version, the documents and the records of each kind. */
@Schema(name = "Corpus")
public record CorpusDto(
        @Schema(description = "Changes only when different documents (or a different parser) are loaded; the basis of ETags.",
                examples = "82759408e05c2e46") String version,
        @Schema(examples = "1") String parserVersion,
        @Schema(description = "When the corpus was loaded (server clock, UTC).") OffsetDateTime loadedAt,
        @Schema(description = "Records of each kind in the whole corpus.") Map<String, Long> counts,
        List<DocumentDto> documents) {

    /** One loaded document. */
    @Schema(name = "Document")
    public record DocumentDto(
            @Schema(examples = "elon-and-openai-2.md") String name,
            @Schema(examples = "40f8805ea2297f820cb4a10d62fcc1d72449246d5d72a4e52161bd20adfddcfd") String sha256,
            @Schema(description = "Front-matter title.", examples = "Elon and OpenAI 2") String title,
            @Schema(description = "Front-matter date, as written.", examples = "2024-12-04 14:44:00") String date,
            @Schema(examples = "Elon Musk wanted an OpenAI for-profit") String sourceTitle,
            @Schema(examples = "https://openai.com/index/elon-musk-wanted-an-openai-for-profit") String sourceUrl,
            @Schema(description = "The post this one follows.", examples = "7/11-elon.md") String previousPost,
            @Schema(examples = "529") int lineCount,
            OffsetDateTime loadedAt,
            @Schema(description = "Records read from this document, by kind.") Map<String, Integer> counts,
            @Schema(description = "Parse warnings kept with the document: {line, severity, message}.")
            List<Map<String, Object>> warnings) {

        static DocumentDto from(SourceDocument d) {
            return new DocumentDto(d.name, d.sha256, d.title, d.publishedText, d.sourceTitle, d.sourceUrl, d.previousPost,
                    d.lineCount, d.loadedAt, d.counts, d.issues);
        }
    }

    static CorpusDto from(CorpusState state, Map<String, Long> counts, List<SourceDocument> documents) {
        return new CorpusDto(state.version, state.parserVersion, state.loadedAt, counts,
                documents.stream().map(DocumentDto::from).toList());
    }
}
