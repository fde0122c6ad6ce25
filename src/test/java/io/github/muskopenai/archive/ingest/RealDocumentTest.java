package io.github.muskopenai.archive.ingest;

import static io.github.muskopenai.archive.ingest.ExpectedCorpus.list;
import static io.github.muskopenai.archive.ingest.ExpectedCorpus.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.muskopenai.archive.ingest.ParseIssue.Severity;

/** The real document against its hand-checked extraction: the document itself, its people and its counts. */
class RealDocumentTest {

    private static ParsedCorpus corpus;
    private static JsonNode expected;

    @BeforeAll
    static void parse() {
        corpus = Documents.real();
        expected = ExpectedCorpus.load();
    }

    @Test
    void readsTheFrontMatterAndThePageItReproduces() {
        JsonNode document = expected.get("document");
        ParsedDocument parsed = corpus.document();

        assertThat(parsed.name()).isEqualTo(Documents.REAL_NAME);
        assertThat(parsed.title()).isEqualTo(document.get("title").asText());
        assertThat(parsed.date()).isEqualTo(document.get("date").asText());
        assertThat(parsed.sourceTitle()).isEqualTo(document.get("sourceTitle").asText());
        assertThat(parsed.sourceUrl()).isEqualTo(document.get("sourceUrl").asText());
        assertThat(parsed.previousPost()).isEqualTo(document.get("previousPost").asText());
    }

    @Test
    void countsTheLinesAndHashesExactlyTheBytesItRead() {
        assertThat(corpus.document().lineCount()).isEqualTo(expected.get("document").get("lineCount").asInt());
        assertThat(corpus.document().sha256()).isEqualTo(Documents.sha256(Documents.realBytes()));
    }

    @Test
    void findsNoErrorsOrWarnings() {
        assertThat(corpus.issues())
                .filteredOn(issue -> issue.severity() == Severity.ERROR || issue.severity() == Severity.WARNING)
                .isEmpty();
        assertThat(corpus.result().hasErrors()).isFalse();
    }

    @Test
    void findsAsManyRecordsAsTheExtraction() {
        int messages = list(expected.get("threads")).stream().mapToInt(thread -> thread.get("messages").size()).sum();

        assertThat(corpus.threads()).hasSize(expected.get("threads").size());
        assertThat(corpus.messages()).hasSize(messages);
        assertThat(corpus.events()).hasSize(expected.get("events").size());
        assertThat(corpus.quotes()).hasSize(expected.get("quotes").size());
        assertThat(corpus.images()).hasSize(expected.get("images").size());
        assertThat(corpus.people()).hasSize(expected.get("people").size());
    }

    @Test
    void reportsTheSameCountsInItsResultAsItStreamed() {
        ParseResult result = corpus.result();

        assertThat(result.threadCount()).isEqualTo(corpus.threads().size());
        assertThat(result.messageCount()).isEqualTo(corpus.messages().size());
        assertThat(result.eventCount()).isEqualTo(corpus.events().size());
        assertThat(result.imageCount()).isEqualTo(corpus.images().size());
        assertThat(result.quoteCount()).isEqualTo(corpus.quotes().size());
    }

    @Test
    void listsEveryPersonWithRoleAliasesAndFirstLine() {
        List<JsonNode> people = list(expected.get("people"));

        assertThat(corpus.people()).extracting(ParsedPerson::id)
                .containsExactlyElementsOf(people.stream().map(person -> person.get("id").asText()).toList());
        for (JsonNode person : people) {
            ParsedPerson parsed = person(person.get("id").asText());
            assertThat(parsed.name()).as(parsed.id()).isEqualTo(person.get("name").asText());
            assertThat(parsed.role().wireName()).as(parsed.id()).isEqualTo(person.get("role").asText());
            assertThat(parsed.aliases()).as(parsed.id()).containsExactlyElementsOf(strings(person.get("aliases")));
            assertThat(parsed.source()).as(parsed.id()).isEqualTo(SourceSpan.of(person.get("firstLine").asInt()));
        }
    }

    @Test
    void describesTheMentionedPersonAsTheNarrativeIntroducesHim() {
        // Line 287: "Elon directed Jared Birchall, his wealth manager, to create ..."
        assertThat(person("jared-birchall").description()).isEqualTo("his wealth manager");
    }

    private static ParsedPerson person(String id) {
        return corpus.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
