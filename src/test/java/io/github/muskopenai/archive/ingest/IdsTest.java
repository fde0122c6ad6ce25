package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.muskopenai.archive.ingest.ParseIssue.Severity;

/** Ids derived from content: slugs, and uniqueness within a document when content repeats. */
class IdsTest {

    /** Two threads with the same subject, then an email whose subject line is cut off by a blank line. */
    private static final String REPEATS = """
            ## Timeline of events
            1. March 2016: Acme started

            March 2016: Acme started

            ![widget](../assets/img/widget.png)
            ![widget](../assets/img/widget.png)

            Update
            From: Ann Lee <redacted>
            Date: Mon, Mar 14, 2016 at 12:29 PM
            To: Bob Stone <redacted>
            First update.
            ===
            Update
            From: Ann Lee <redacted>
            Date: Tue, Mar 15, 2016 at 12:29 PM
            To: Bob Stone <redacted>
            Second update.
            ===
            A subject the blank line below cuts off

            From: Ann Lee <redacted>
            Date: Wed, Mar 16, 2016 at 12:29 PM
            To: Bob Stone <redacted>
            Third update.
            """;
    private static final int UNTITLED_FROM_LINE = 23;

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Elon Musk                                                     | elon-musk
            We rejected Elon's terms                                      | we-rejected-elons-terms
            Elon’s “Open Artificial Intelligence Technologies, Inc.”      | elons-open-artificial-intelligence-technologies-inc
            Re: AI docs                                                   | re-ai-docs
            Beijing Wants A.I. to Be Made in China by 2030 - NYTimes.com  | beijing-wants-a-i-to-be-made-in-china-by-2030-nytimes-com
            Café Zoë                                                      | cafe-zoe
            '  -- Bi-weekly updates --  '                                 | bi-weekly-updates
            """)
    void slugsLowerCaseAsciiWordsJoinedByDashes(String text, String slug) {
        assertThat(Ids.slug(text)).isEqualTo(slug);
    }

    @Test
    void slugsOnlyTheFirstWordsWhenAsked() {
        assertThat(Ids.slugOfWords("Our research progress led us to realize we would need billions", 5))
                .isEqualTo("our-research-progress-led-us");
    }

    @Test
    void hashesToTheRequestedNumberOfHexDigits() {
        assertThat(Ids.hash(12, "a", "b")).matches("[0-9a-f]{12}").isEqualTo(Ids.hash(12, "a", "b"))
                .isNotEqualTo(Ids.hash(12, "a", "c")).isNotEqualTo(Ids.hash(12, "ab", ""));
    }

    @Test
    void givesTwoThreadsWithTheSameSubjectDistinctIds() {
        ParsedCorpus corpus = Documents.parse(REPEATS);

        assertThat(corpus.threads()).filteredOn(t -> "Update".equals(t.subject())).hasSize(2)
                .extracting(ParsedThread::id).doesNotHaveDuplicates();
    }

    @Test
    void givesTheSameImageShownTwiceDistinctIds() {
        ParsedCorpus corpus = Documents.parse(REPEATS);

        assertThat(corpus.images()).hasSize(2).extracting(ParsedImage::id).doesNotHaveDuplicates();
    }

    @Test
    void namesAThreadWithoutSubjectAfterItsFirstMessageAndWarns() {
        ParsedCorpus corpus = Documents.parse(REPEATS);
        ParsedThread untitled = corpus.threads().get(2);

        assertThat(untitled.subject()).isNull();
        assertThat(untitled.id()).isEqualTo("untitled-" + untitled.messages().get(0).id());
        assertThat(untitled.source().firstLine()).isEqualTo(UNTITLED_FROM_LINE);
        assertThat(corpus.issues()).extracting(ParseIssue::severity, ParseIssue::line)
                .containsExactly(tuple(Severity.WARNING, UNTITLED_FROM_LINE));
    }
}
