package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The streaming variant: records reach the sink as soon as they are complete (a thread when it
 * ends; a section's events, images and quotes when the next section starts), the end last.
 */
class CorpusSinkTest {

    /** Writes down what the sink receives, one "kind id" entry per call. */
    private static final class RecordingSink implements CorpusSink {
        final List<String> calls = new ArrayList<>();
        final List<ParseIssue> issues = new ArrayList<>();
        ParseResult end;

        @Override
        public void thread(ParsedThread thread) {
            calls.add("thread " + thread.id());
        }

        @Override
        public void event(ParsedEvent event) {
            calls.add("event " + event.id());
        }

        @Override
        public void image(ParsedImage image) {
            calls.add("image " + image.alt());
        }

        @Override
        public void quote(ParsedQuote quote) {
            calls.add("quote " + quote.id());
        }

        @Override
        public void issue(ParseIssue issue) {
            issues.add(issue);
        }

        @Override
        public void end(ParseResult result) {
            calls.add("end");
            end = result;
        }
    }

    @Test
    void streamsEachRecordWhenItsThreadOrSectionEnds() {
        RecordingSink sink = new RecordingSink();

        new CorpusParser().parse(Documents.CONSTRUCTS_NAME, new ByteArrayInputStream(Documents.constructsBytes()), sink);

        assertThat(sink.calls).containsExactly(
                "image ann and bob at the founding",
                "thread re-club-docs",
                "event 2016-03-acme-started-as-a-club",
                "event 2016-03-14-ann-said-also-the-club",
                "quote 2016-03-14-ann-said-also-the-club-quote-1",
                "thread funding-thoughts",
                "thread weekly-updates",
                "event 2016-winter-bob-asked-for-billions-of",
                "event 2017-01-05-bob-told-ann-we-need",
                "quote 2017-01-05-bob-told-ann-we-need-quote-1",
                "thread tomorrow-afternoon",
                "event 2017-mid-ann-and-bob-agreed-that",
                "event 2017-07-13-ann-sent-gus-hill-who",
                "event 2017-07-14-bob-agreed-time-to-make",
                "image ann and gus",
                "quote 2017-07-13-ann-sent-gus-hill-who-quote-1",
                "quote 2017-07-14-bob-agreed-time-to-make-quote-1",
                "event 2017-09-bob-created-the-company-called",
                "event 2017-09-15-it-was-registered-on",
                "image acme widgets certificate",
                "thread honest-words",
                "event 2017-09-ann-rejected-bobs-terms-because",
                "quote 2017-09-ann-rejected-bobs-terms-because-quote-1",
                "quote 2017-09-ann-rejected-bobs-terms-because-quote-2",
                "quote 2017-09-ann-rejected-bobs-terms-because-quote-3",
                "thread re-widget-update",
                "thread i-should-reiterate",
                "event 2018-late-bob-told-ann-to-raise",
                "event 2018-12-17-ann-sent-bob-an-update",
                "event 2018-12-26-bob-sent-an-email-saying",
                "quote 2018-12-17-ann-sent-bob-an-update-quote-1",
                "quote 2018-12-26-bob-sent-an-email-saying-quote-1",
                "event 2019-acme-shipped-the-widget",
                "event 2019-03-09-acme-shipped-the-widget",
                "image widget",
                "image widget box",
                "end");
    }

    @Test
    void returnsTheResultItPassesToTheSinkLast() {
        RecordingSink sink = new RecordingSink();

        ParseResult result = new CorpusParser().parse(Documents.CONSTRUCTS_NAME,
                new ByteArrayInputStream(Documents.constructsBytes()), sink);

        assertThat(sink.end).isSameAs(result);
        assertThat(result).isEqualTo(Documents.constructs().result());
    }

    @Test
    void streamsEveryIssueAsItIsFound() {
        byte[] bytes = LineEditor.of(Documents.realBytes())
                .replace(42, "Date: Sat, Nov 20, 2015 at 12:29 PM")
                .replace(100, "4 emails")
                .bytes();
        RecordingSink sink = new RecordingSink();

        ParseResult result = new CorpusParser().parse("two-issues.md", new ByteArrayInputStream(bytes), sink);

        assertThat(sink.issues).hasSize(2).containsExactlyElementsOf(result.issues());
    }
}
