package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A subject line stands apart; the last line of a body that runs into the next header is body text. */
class SubjectLinesTest {

    /** Line 88 is the blank line between Elon's and Ilya's emails of "Re: Followup thoughts" (lines 75 and 89). */
    private static final int BLANK_BEFORE_ILYAS_REPLY = 88;

    @Test
    void aBodyRunningStraightIntoTheNextHeaderKeepsItsLastLine() {
        byte[] document = LineEditor.of(Documents.realBytes()).delete(BLANK_BEFORE_ILYAS_REPLY).bytes();

        ParsedCorpus corpus = Documents.parse(Documents.REAL_NAME, document);

        assertThat(corpus.threads()).hasSize(11);
        ParsedThread followup = corpus.threads().get(1);
        assertThat(followup.subject()).isEqualTo("Re: Followup thoughts");
        assertThat(followup.messages()).hasSize(2);
        assertThat(followup.messages().get(0).body())
                .endsWith("enough for key talent around the world to sit up and take notice.");
        assertThat(followup.messages().get(1).from().name()).isEqualTo("Ilya Sutskever");
    }

    @Test
    void aSubjectAfterABlankLineStillStartsAThread() {
        ParsedCorpus corpus = Documents.parse("""
                Some narrative.

                Tomorrow afternoon
                From: Elon Musk <redacted>
                Date: Fri, Aug 11, 2017 at 9:17 PM
                To: Greg Brockman <redacted>
                Time to make the next step.
                """);

        assertThat(corpus.threads()).extracting(ParsedThread::subject).containsExactly("Tomorrow afternoon");
    }
}
