package io.github.muskopenai.archive.ingest;

import static io.github.muskopenai.archive.ingest.ExpectedCorpus.integer;
import static io.github.muskopenai.archive.ingest.ExpectedCorpus.list;
import static io.github.muskopenai.archive.ingest.ExpectedCorpus.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every thread and every message of the real document against the hand-checked extraction. */
class RealDocumentThreadsTest {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static ParsedCorpus corpus;

    @BeforeAll
    static void parse() {
        corpus = Documents.real();
    }

    static Stream<Arguments> threads() {
        List<JsonNode> threads = list(ExpectedCorpus.load().get("threads"));
        return IntStream.range(0, threads.size())
                .mapToObj(i -> Arguments.of(i, threads.get(i).get("subject").asText(), threads.get(i)));
    }

    static Stream<Arguments> messages() {
        List<Arguments> messages = new ArrayList<>();
        List<JsonNode> threads = list(ExpectedCorpus.load().get("threads"));
        for (int t = 0; t < threads.size(); t++) {
            for (JsonNode message : threads.get(t).get("messages")) {
                messages.add(Arguments.of(t, message.get("index").asInt(), threads.get(t).get("subject").asText(),
                        threads.get(t), message));
            }
        }
        return messages.stream();
    }

    @ParameterizedTest(name = "thread {0}: {1}")
    @MethodSource("threads")
    void readsTheThreadsSubjectCountAndLines(int index, String subject, JsonNode expected) {
        ParsedThread thread = corpus.threads().get(index);

        assertThat(thread.subject()).isEqualTo(subject);
        assertThat(thread.declaredCount()).isEqualTo(integer(expected, "declaredCount"));
        assertThat(thread.source()).isEqualTo(span(expected));
        assertThat(thread.source().firstLine()).as("subject line").isEqualTo(expected.get("subjectLine").asInt());
        assertThat(thread.messages()).hasSize(expected.get("messages").size());
    }

    @ParameterizedTest(name = "{2} #{1}")
    @MethodSource("messages")
    void readsTheMessagesHeaders(int thread, int index, String subject, JsonNode expectedThread, JsonNode expected) {
        ParsedMessage message = corpus.threads().get(thread).messages().get(index);

        assertThat(message.threadId()).isEqualTo(corpus.threads().get(thread).id());
        assertThat(message.threadPosition()).isEqualTo(index);
        assertThat(message.from().name()).isEqualTo(expected.get("from").asText());
        assertThat(message.to()).extracting(RealDocumentThreadsTest::asWritten)
                .containsExactlyElementsOf(strings(expected.get("to")));
        assertThat(message.cc()).extracting(RealDocumentThreadsTest::asWritten)
                .containsExactlyElementsOf(strings(expected.get("cc")));
        assertThat(message.sentAt().format(MINUTES)).isEqualTo(expected.get("sentAt").asText());
        assertThat(message.sentAtText()).isEqualTo(expected.get("sentAtText").asText());
        assertThat(message.timeZone()).isNull();
        assertThat(message.quotedOnly()).isEqualTo(expected.get("quotedOnly").asBoolean());
        assertThat(message.forwarded()).isEqualTo(expected.get("forwarded").asBoolean());
        // A message listed under a subject carries it; one known only as a quote does not.
        assertThat(message.subject()).isEqualTo(message.quotedOnly() ? null : subject);
    }

    @ParameterizedTest(name = "{2} #{1}")
    @MethodSource("messages")
    void readsTheMessagesBodyLinesAndMarkers(int thread, int index, String subject, JsonNode expectedThread,
            JsonNode expected) {
        ParsedMessage message = corpus.threads().get(thread).messages().get(index);
        long redactedRecipients = Stream.concat(strings(expected.get("to")).stream(), strings(expected.get("cc")).stream())
                .filter(recipient -> recipient.startsWith("<redacted>")).count();

        assertThat(message.source()).isEqualTo(span(expected));
        assertThat(message.body()).startsWith(expected.get("bodyStartsWith").asText());
        assertThat(message.body()).endsWith(expected.get("bodyEndsWith").asText());
        assertThat(count(message, Redaction.Kind.BLOCK)).isEqualTo(expected.get("redactionBlocks").asInt());
        assertThat(count(message, Redaction.Kind.PLACEHOLDER)).isEqualTo(expected.get("redactedPlaceholders").asInt());
        assertThat(count(message, Redaction.Kind.RECIPIENT)).isEqualTo(redactedRecipients);
        assertThat(message.linkPlaceholders()).extracting(LinkPlaceholder::text)
                .containsExactlyElementsOf(strings(expected.get("linkPlaceholders")));
    }

    @ParameterizedTest(name = "{2} #{1}")
    @MethodSource("messages")
    void linksQuotedMessagesBothWays(int thread, int index, String subject, JsonNode expectedThread, JsonNode expected) {
        List<ParsedMessage> messages = corpus.threads().get(thread).messages();
        Integer quotesIndex = integer(expected, "quotesIndex");
        List<String> quotedIn = list(expectedThread.get("messages")).stream()
                .filter(other -> Integer.valueOf(index).equals(integer(other, "quotesIndex")))
                .map(other -> messages.get(other.get("index").asInt()).id())
                .toList();

        ParsedMessage message = messages.get(index);
        assertThat(message.quotes()).containsExactlyElementsOf(
                quotesIndex == null ? List.of() : List.of(messages.get(quotesIndex).id()));
        assertThat(message.quotedIn()).containsExactlyElementsOf(quotedIn);
    }

    private static SourceSpan span(JsonNode expected) {
        return new SourceSpan(expected.get("firstLine").asInt(), expected.get("lastLine").asInt());
    }

    private static String asWritten(Participant participant) {
        return participant.isRedacted() ? participant.redactedText() : participant.name();
    }

    private static long count(ParsedMessage message, Redaction.Kind kind) {
        return message.redactions().stream().filter(redaction -> redaction.kind() == kind).count();
    }
}
