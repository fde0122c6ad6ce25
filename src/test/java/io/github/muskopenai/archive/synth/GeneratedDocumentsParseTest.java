package io.github.muskopenai.archive.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.muskopenai.archive.ingest.ParseIssue;
import io.github.muskopenai.archive.ingest.ParseResult;
import io.github.muskopenai.archive.ingest.ParsedCorpus;
import io.github.muskopenai.archive.ingest.ParsedMessage;
import io.github.muskopenai.archive.ingest.ParsedQuote;
import io.github.muskopenai.archive.ingest.ParsedThread;

/** The generated documents read back through the project's parser exactly as the generator counted them. */
class GeneratedDocumentsParseTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} messages, at most {1} per document")
    @CsvSource({"1, 10000", "2, 1", "7, 3", "999, 250", "2500, 1000", "4000, 4000"})
    void writesExactlyTheRequestedMessagesAndTheParserFindsThemAll(int messages, int perDocument) throws IOException {
        Generated corpus = Generated.generate(out, messages, perDocument, 11);

        assertThat(corpus.documents()).hasSize((messages + perDocument - 1) / perDocument);
        assertThat(corpus.summary().messages()).isEqualTo(messages);
        assertThat(corpus.documents()).allSatisfy(d -> assertThat(d.messages()).isBetween(1, perDocument));
        long parsedMessages = 0;
        for (DocumentStats document : corpus.documents()) {
            ParseResult result = corpus.parse(document).result();
            assertThat(result.issues()).as(document.name()).filteredOn(this::errorOrWarning).isEmpty();
            assertThat(result.messageCount()).as(document.name() + " messages").isEqualTo(document.messages());
            assertThat(result.threadCount()).as(document.name() + " threads").isEqualTo(document.threads());
            assertThat(result.eventCount()).as(document.name() + " events").isEqualTo(document.events());
            assertThat(result.quoteCount()).as(document.name() + " quotes").isEqualTo(document.quotes());
            parsedMessages += result.messageCount();
        }
        assertThat(parsedMessages).isEqualTo(messages);
    }

    @Test
    void everyNarrativeQuoteIsFoundInAnEmailOfItsSection() throws IOException {
        Generated corpus = Generated.generate(out, 3000, 1000, 5);

        List<ParsedQuote> quotes = corpus.parseAll().stream().flatMap(c -> c.quotes().stream()).toList();

        assertThat(quotes).hasSizeGreaterThan(20).allSatisfy(q -> assertThat(q.inCorpus()).as(q.text()).isTrue());
    }

    @Test
    void subjectsAndMessageIdsNeverRepeatAcrossTheCorpus() throws IOException {
        Generated corpus = Generated.generate(out, 6000, 1500, 8);
        Set<String> subjects = new HashSet<>();
        Set<String> messageIds = new HashSet<>();

        for (ParsedCorpus document : corpus.parseAll()) {
            document.threads().forEach(t -> assertThat(subjects.add(t.subject())).as(t.subject()).isTrue());
            document.messages().forEach(m -> assertThat(messageIds.add(m.id())).as(m.body()).isTrue());
        }

        assertThat(subjects).hasSize((int) corpus.summary().threads());
        assertThat(messageIds).hasSize(6000);
    }

    @Test
    void datesIncreaseWithinAThreadAndAQuotedEmailPrecedesItsReply() throws IOException {
        Generated corpus = Generated.generate(out, 2000, 2000, 3);

        for (ParsedThread thread : corpus.parseAll().get(0).threads()) {
            ParsedMessage previous = null;
            for (ParsedMessage message : thread.messages()) {
                if (message.quotedOnly()) {
                    ParsedMessage reply = thread.messages().stream()
                            .filter(m -> m.id().equals(message.quotedIn().get(0))).findFirst().orElseThrow();
                    assertThat(message.sentAt()).as(thread.subject()).isBefore(reply.sentAt());
                    continue;
                }
                if (previous != null) {
                    assertThat(message.sentAt()).as(thread.subject()).isAfter(previous.sentAt());
                }
                previous = message;
            }
        }
    }

    @Test
    void usesTheSourceDateFormatsAndLayoutVariants() throws IOException {
        Generated corpus = Generated.generate(out, 2000, 2000, 4);
        ParsedCorpus document = corpus.parseAll().get(0);
        List<String> dates = document.messages().stream().filter(m -> !m.quotedOnly())
                .map(ParsedMessage::sentAtText).toList();

        assertThat(dates).anyMatch(d -> d.matches("\\w{3}, \\w{3} \\d{1,2}, \\d{4} at \\d{1,2}:\\d{2} [AP]M"));
        assertThat(dates).anyMatch(d -> d.matches("\\w{3}, \\w{3} \\d{1,2}, \\d{4}, at \\d{1,2}:\\d{2} [AP]M"));
        assertThat(dates).anyMatch(d -> d.matches("\\w{3}, \\d{1,2} \\w{3} \\d{4} at \\d{2}:\\d{2}"));
        assertThat(document.messages()).anyMatch(ParsedMessage::quotedOnly);
        assertThat(document.messages()).anyMatch(ParsedMessage::forwarded);
        assertThat(document.messages()).anyMatch(m -> !m.linkPlaceholders().isEmpty());
        assertThat(document.messages()).anyMatch(m -> m.to().stream().anyMatch(p -> p.isRedacted())
                || m.cc().stream().anyMatch(p -> p.isRedacted()));
        assertThat(document.threads()).anyMatch(t -> t.declaredCount() != null);
    }

    private boolean errorOrWarning(ParseIssue issue) {
        return issue.severity() != ParseIssue.Severity.INFO;
    }
}
