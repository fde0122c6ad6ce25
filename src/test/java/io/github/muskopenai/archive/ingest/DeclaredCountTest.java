package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.github.muskopenai.archive.ingest.ParseIssue.Severity;

/** A thread's declared count ("2 emails") counts the emails listed under it, not those only quoted. */
class DeclaredCountTest {

    /** "%s" is the count line (line 5); the second email quotes a third one. */
    private static final String THREAD = """
            ## Timeline of events
            1. March 2016: Acme started

            Club docs
            %s
            From: Ann Lee <redacted>
            Date: Mon, Mar 14, 2016 at 12:29 PM
            To: Bob Stone <redacted>
            A club, then.

            From: Bob Stone <redacted>
            Date: Mon, Mar 14, 2016 at 1:29 PM
            To: Ann Lee <redacted>
            Agreed.

            On Mar 13, 2016, at 9:05 PM, Cy Young <redacted> wrote:

            Start a club.
            """;
    private static final int COUNT_LINE = 5;

    @Test
    void acceptsACountThatLeavesQuotedEmailsOut() {
        ParsedCorpus corpus = Documents.parse(THREAD.formatted("2 emails"));

        assertThat(corpus.threads()).singleElement().satisfies(thread -> {
            assertThat(thread.declaredCount()).isEqualTo(2);
            assertThat(thread.messages()).extracting(ParsedMessage::quotedOnly).containsExactly(false, false, true);
        });
        assertThat(corpus.issues()).filteredOn(ParseIssue::isError).isEmpty();
    }

    @Test
    void reportsACountThatIncludesQuotedEmailsOnItsLine() {
        ParsedCorpus corpus = Documents.parse(THREAD.formatted("3 emails"));

        assertThat(corpus.issues()).filteredOn(ParseIssue::isError)
                .extracting(ParseIssue::severity, ParseIssue::line)
                .containsExactly(tuple(Severity.ERROR, COUNT_LINE));
    }
}
