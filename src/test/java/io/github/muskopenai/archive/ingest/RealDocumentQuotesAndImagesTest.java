package io.github.muskopenai.archive.ingest;

import static io.github.muskopenai.archive.ingest.ExpectedCorpus.list;
import static io.github.muskopenai.archive.ingest.ExpectedCorpus.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The narrative quotes and the images of the real document against the hand-checked extraction. */
class RealDocumentQuotesAndImagesTest {

    private static ParsedCorpus corpus;

    @BeforeAll
    static void parse() {
        corpus = Documents.real();
    }

    static Stream<Arguments> quotes() {
        return list(ExpectedCorpus.load().get("quotes")).stream()
                .map(quote -> Arguments.of(quote.get("line").asInt(), quote.get("textStartsWith").asText(), quote));
    }

    static Stream<Arguments> images() {
        return list(ExpectedCorpus.load().get("images")).stream()
                .map(image -> Arguments.of(image.get("line").asInt(), image));
    }

    @ParameterizedTest(name = "line {0}: “{1}…”")
    @MethodSource("quotes")
    void attachesTheQuoteToItsStatementOrSection(int line, String textStart, JsonNode expected) {
        ParsedQuote quote = quote(line, textStart);
        ParsedEvent event = corpus.event(quote.eventId()).orElseThrow();
        String statementDate = text(expected, "eventDateText");
        String sectionTitle = expected.get("sectionTitle").asText();

        if (statementDate == null) {
            assertThat(event.kind()).isEqualTo(EventKind.TIMELINE);
            assertThat(event.title()).isEqualTo(sectionTitle);
            assertThat(quote.statementDate()).isNull();
        } else {
            assertThat(event.kind()).isEqualTo(EventKind.NARRATIVE);
            assertThat(event.dateText()).isEqualTo(statementDate);
            assertThat(corpus.event(event.parentId())).map(ParsedEvent::title).contains(sectionTitle);
            assertThat(quote.statementDate()).isEqualTo(event.interval().start());
        }
    }

    @ParameterizedTest(name = "line {0}: “{1}…”")
    @MethodSource("quotes")
    void linksTheQuoteToTheEmailItQuotesOrToNone(int line, String textStart, JsonNode expected) {
        ParsedQuote quote = quote(line, textStart);
        JsonNode message = expected.get("message");

        if (message.isNull()) {
            assertThat(quote.messageId()).isNull();
            assertThat(quote.inCorpus()).isFalse();
        } else {
            ParsedThread thread = corpus.threads().stream()
                    .filter(t -> t.subject().equals(message.get("threadSubject").asText()))
                    .findFirst().orElseThrow();
            assertThat(quote.messageId()).isEqualTo(thread.messages().get(message.get("index").asInt()).id());
        }
    }

    @ParameterizedTest(name = "line {0}")
    @MethodSource("images")
    void readsTheImageAndTheSectionShowingIt(int line, JsonNode expected) {
        List<ParsedImage> found = corpus.images().stream().filter(i -> i.source().equals(SourceSpan.of(line))).toList();
        assertThat(found).hasSize(1);
        ParsedImage image = found.get(0);
        String sectionTitle = text(expected, "sectionTitle");

        assertThat(image.alt()).isEqualTo(expected.get("alt").asText());
        assertThat(image.path()).isEqualTo(expected.get("path").asText());
        if (sectionTitle == null) {
            assertThat(image.eventId()).isNull();
        } else {
            assertThat(corpus.event(image.eventId())).map(ParsedEvent::title).contains(sectionTitle);
        }
    }

    private static ParsedQuote quote(int line, String textStart) {
        List<ParsedQuote> found = corpus.quotes().stream()
                .filter(q -> q.source().firstLine() == line && q.text().startsWith(textStart))
                .toList();
        assertThat(found).as("quotes on line %d starting “%s”", line, textStart).hasSize(1);
        return found.get(0);
    }
}
