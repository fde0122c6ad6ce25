package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.muskopenai.archive.ingest.ParseIssue.Severity;

/**
 * Defects planted at known lines of the real document: each must come back as an issue on that
 * line, never as an exception. ERROR is what makes the loader refuse the document.
 */
class MalformedDocumentTest {

    /** "Re: AI docs": From, Date and To lines, then the first body line; line 48 quotes Sam's email. */
    private static final int AI_DOCS_FROM = 41;
    private static final int AI_DOCS_DATE = 42;
    private static final int AI_DOCS_TO = 43;
    private static final int AI_DOCS_QUOTE = 48;
    /** "3 emails" under "### Bi-weekly updates". */
    private static final int BI_WEEKLY_COUNT = 100;
    /** The second of the two "Honest Thoughts" emails with identical headers, and its one body line. */
    private static final int TWIN_FROM = 355;
    private static final int TWIN_BODY = 359;
    /** Timeline item "December 2015: OpenAI publicly announced" and the plain line restating it. */
    private static final int DECEMBER_2015_ITEM = 17;
    private static final int DECEMBER_2015_SECTION = 63;
    private static final int TIMELINE_HEADING = 15;
    /** The "---" lines that open and close the front matter. */
    private static final int FRONT_MATTER_OPEN = 1;
    private static final int FRONT_MATTER_CLOSE = 8;
    /** The items the sections after line 41 restate: "December 2015" (17) to "March 2023" (27). */
    private static final List<Integer> ITEMS_AFTER_AI_DOCS = IntStream.rangeClosed(17, 27).boxed().toList();
    private static final int THREADS = 11;

    private static LineEditor real() {
        return LineEditor.of(Documents.realBytes());
    }

    private static ParsedCorpus parse(LineEditor edited) {
        return Documents.parse("malformed.md", edited.bytes());
    }

    @Test
    void reportsADocumentCutInsideAHeaderBlock() {
        ParsedCorpus corpus = parse(real().truncateAfter(AI_DOCS_DATE));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(AI_DOCS_FROM);
        assertThat(lines(corpus, Severity.WARNING)).containsExactlyElementsOf(ITEMS_AFTER_AI_DOCS);
    }

    @Test
    void reportsADocumentCutInsideTheDateLine() {
        ParsedCorpus corpus = parse(real().cutInside(AI_DOCS_DATE, "Date: Fri, Nov 20, 20".length()));

        assertThat(lines(corpus, Severity.ERROR)).containsExactlyInAnyOrder(AI_DOCS_DATE, AI_DOCS_FROM);
    }

    @Test
    void reportsADocumentCutRightAfterAHeaderBlock() {
        ParsedCorpus corpus = parse(real().truncateAfter(AI_DOCS_TO));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(AI_DOCS_FROM);
        assertThat(lines(corpus, Severity.WARNING)).containsExactlyElementsOf(ITEMS_AFTER_AI_DOCS);
    }

    @Test
    void reportsADocumentCutRightAfterTheFromLine() {
        // The From line is the last line: the email it starts is lost, which the loader must not accept.
        ParsedCorpus corpus = parse(real().truncateAfter(AI_DOCS_FROM));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(AI_DOCS_FROM);
    }

    @Test
    void reportsAnUnreadableHeaderDateOnItsLine() {
        ParsedCorpus corpus = parse(real().replace(AI_DOCS_DATE, "Date: Fri, Nov 31, 2015 at 12:29 PM"));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(AI_DOCS_DATE);
        assertThat(corpus.threads()).extracting(ParsedThread::id).hasSize(THREADS);
    }

    @Test
    void reportsAnUnreadableQuoteLineDateOnItsLine() {
        ParsedCorpus corpus = parse(real().replace(AI_DOCS_QUOTE,
                "On Nov 31, 2015, at 11:48 AM, Sam Altman <redacted> wrote:"));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(AI_DOCS_QUOTE);
    }

    @Test
    void warnsOfAWeekdayTheDateDoesNotFallOn() {
        ParsedCorpus corpus = parse(real().replace(AI_DOCS_DATE, "Date: Sat, Nov 20, 2015 at 12:29 PM"));

        assertThat(lines(corpus, Severity.ERROR)).isEmpty();
        assertThat(lines(corpus, Severity.WARNING)).containsExactly(AI_DOCS_DATE);
    }

    @Test
    void reportsAHeaderWithoutBodyOnItsFromLine() {
        ParsedCorpus corpus = parse(real().replace(TWIN_BODY, ""));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(TWIN_FROM);
        assertThat(corpus.threads()).extracting(ParsedThread::id).hasSize(THREADS);
    }

    @Test
    void reportsAFromBlockMissingItsDateLine() {
        ParsedCorpus corpus = parse(real().delete(AI_DOCS_DATE));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(AI_DOCS_FROM);
        assertThat(corpus.threads().get(0).messages().get(0).sentAt()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" for 3 emails")
    @ValueSource(strings = {"2 emails", "4 emails"})
    void reportsADeclaredCountThatDoesNotMatchOnItsLine(String count) {
        ParsedCorpus corpus = parse(real().replace(BI_WEEKLY_COUNT, count));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(BI_WEEKLY_COUNT);
    }

    @Test
    void reportsATimelineItemWithAnUnreadableDate() {
        ParsedCorpus corpus = parse(real().replace(DECEMBER_2015_ITEM, "1. Decembre 2015: OpenAI publicly announced"));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(DECEMBER_2015_ITEM);
    }

    @Test
    void warnsOfATimelineItemNoSectionRestates() {
        ParsedCorpus corpus = parse(real().replace(DECEMBER_2015_SECTION, "OpenAI was announced."));

        assertThat(lines(corpus, Severity.ERROR)).isEmpty();
        assertThat(lines(corpus, Severity.WARNING)).containsExactly(DECEMBER_2015_ITEM);
        assertThat(corpus.event("2015-12-openai-publicly-announced")).hasValueSatisfying(e -> assertThat(e.section()).isNull());
    }

    @Test
    void readsEveryEmailOfADocumentWithoutItsTimelineHeading() {
        // Without "## Timeline of events" nothing marks where the preamble ends; the emails must not vanish silently.
        ParsedCorpus corpus = parse(real().delete(TIMELINE_HEADING));

        assertThat(corpus.threads()).extracting(ParsedThread::id).hasSize(THREADS);
    }

    @Test
    void reportsAFrontMatterThatIsNeverClosed() {
        // Without its closing "---" every later line reads as front matter: the whole document would load empty.
        ParsedCorpus corpus = parse(real().delete(FRONT_MATTER_CLOSE));

        assertThat(lines(corpus, Severity.ERROR)).containsExactly(FRONT_MATTER_OPEN);
    }

    private static List<Integer> lines(ParsedCorpus corpus, Severity severity) {
        return corpus.issues().stream().filter(issue -> issue.severity() == severity).map(ParseIssue::line).toList();
    }
}
