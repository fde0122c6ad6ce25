package io.github.muskopenai.archive.ingest;

import static io.github.muskopenai.archive.ingest.ExpectedCorpus.integer;
import static io.github.muskopenai.archive.ingest.ExpectedCorpus.list;
import static io.github.muskopenai.archive.ingest.ExpectedCorpus.strings;
import static io.github.muskopenai.archive.ingest.ExpectedCorpus.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every timeline and narrative event of the real document against the hand-checked extraction. */
class RealDocumentEventsTest {

    private static final int TIMELINE_HEADING_LINE = 15;
    private static final int TIMELINE_ITEMS = 12;

    private static ParsedCorpus corpus;

    @BeforeAll
    static void parse() {
        corpus = Documents.real();
    }

    static Stream<Arguments> events() {
        return list(ExpectedCorpus.load().get("events")).stream()
                .map(event -> Arguments.of(event.get("kind").asText(), event.get("line").asInt(), event));
    }

    @ParameterizedTest(name = "{0} event of line {1}")
    @MethodSource("events")
    void readsTheEventsDateAndTitle(String kind, int line, JsonNode expected) {
        ParsedEvent event = event(kind, line);

        assertThat(event.dateText()).isEqualTo(expected.get("dateText").asText());
        assertThat(event.interval()).isEqualTo(new DateInterval(LocalDate.parse(expected.get("start").asText()),
                LocalDate.parse(expected.get("end").asText()), precision(expected.get("precision").asText())));
        assertThat(event.title()).isEqualTo(expected.get("title").asText());
        assertThat(event.titleRaw()).isEqualTo(text(expected, "titleRaw"));
        assertThat(event.source()).isEqualTo(SourceSpan.of(line));
    }

    @ParameterizedTest(name = "{0} event of line {1}")
    @MethodSource("events")
    void placesTheEventInItsSection(String kind, int line, JsonNode expected) {
        ParsedEvent event = event(kind, line);
        String parentTitle = text(expected, "parentTitle");
        Integer sectionLine = integer(expected, "sectionLine");

        if (sectionLine == null) {
            assertThat(event.section()).isNull();
        } else {
            assertThat(event.section().heading()).isEqualTo(expected.get("sectionHeading").asText());
            assertThat(event.section().span().firstLine()).isEqualTo(sectionLine);
        }
        if (parentTitle == null) {
            assertThat(event.parentId()).isNull();
        } else {
            assertThat(corpus.event(event.parentId())).map(ParsedEvent::title).contains(parentTitle);
        }
    }

    @ParameterizedTest(name = "{0} event of line {1}")
    @MethodSource("events")
    void listsTheMessagesShownInItsSection(String kind, int line, JsonNode expected) {
        List<String> subjects = strings(expected.get("threadSubjects"));
        List<String> messageIds = corpus.threads().stream()
                .filter(thread -> subjects.contains(thread.subject()))
                .flatMap(thread -> thread.messages().stream())
                .map(ParsedMessage::id)
                .toList();

        assertThat(event(kind, line).sectionMessageIds()).containsExactlyElementsOf(messageIds);
    }

    @Test
    void ranksTimelineItemsFirstThenNarrativeStatementsInPageOrder() {
        List<ParsedEvent> timeline = corpus.events().stream().filter(e -> e.kind() == EventKind.TIMELINE).toList();
        List<ParsedEvent> narrative = corpus.events().stream().filter(e -> e.kind() == EventKind.NARRATIVE).toList();

        assertThat(timeline).extracting(ParsedEvent::position)
                .containsExactlyInAnyOrderElementsOf(range(1, TIMELINE_ITEMS));
        assertThat(timeline)
                .allSatisfy(e -> assertThat(e.source().firstLine()).isEqualTo(TIMELINE_HEADING_LINE + e.position()));
        assertThat(narrative).extracting(ParsedEvent::position)
                .containsExactlyElementsOf(range(TIMELINE_ITEMS + 1, TIMELINE_ITEMS + narrative.size()));
        assertThat(narrative).extracting(e -> e.source().firstLine()).isSorted();
    }

    @Test
    void givesEventsSlugIdsMadeOfTheirDateAndFirstWords() {
        // Line 22 is the second "September 2017" item; line 287 doubles its "on" ("registered on on September 15").
        assertThat(event("timeline", 16).id()).isEqualTo("2015-11-openai-started-as-a-nonprofit");
        assertThat(event("timeline", 19).id()).isEqualTo("2017-summer-we-and-elon-agreed-that");
        assertThat(event("timeline", 22).id()).isEqualTo("2017-09-we-rejected-elons-terms-because");
        assertThat(event("narrative", 287).id()).isEqualTo("2017-09-15-it-was-registered-on");
        assertThat(corpus.events()).extracting(ParsedEvent::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    private static ParsedEvent event(String kind, int line) {
        List<ParsedEvent> found = corpus.events().stream()
                .filter(e -> e.kind().wireName().equals(kind) && e.source().firstLine() == line)
                .toList();
        assertThat(found).as("%s events starting on line %d", kind, line).hasSize(1);
        return found.get(0);
    }

    private static DatePrecision precision(String wireName) {
        return Stream.of(DatePrecision.values()).filter(p -> p.wireName().equals(wireName)).findFirst().orElseThrow();
    }

    private static List<Integer> range(int first, int last) {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
