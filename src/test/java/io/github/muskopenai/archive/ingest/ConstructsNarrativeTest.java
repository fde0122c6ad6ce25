package io.github.muskopenai.archive.ingest;

import static io.github.muskopenai.archive.ingest.ConstructsDocumentTest.LATE_2018;
import static io.github.muskopenai.archive.ingest.ConstructsDocumentTest.MARCH_2016;
import static io.github.muskopenai.archive.ingest.ConstructsDocumentTest.MID_2017;
import static io.github.muskopenai.archive.ingest.ConstructsDocumentTest.SEPTEMBER_2017_COMPANY;
import static io.github.muskopenai.archive.ingest.ConstructsDocumentTest.SEPTEMBER_2017_REJECTED;
import static io.github.muskopenai.archive.ingest.ConstructsDocumentTest.WINTER_2016;
import static io.github.muskopenai.archive.ingest.ConstructsDocumentTest.YEAR_2019;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The narrative of the constructs document: dated statements (ordinals, "on on"), the passages
 * that quote an email (with changed punctuation, straightened apostrophes and an ellipsis), a
 * quote of an email not in the document, company names in curly quotes, and images.
 */
class ConstructsNarrativeTest {

    private static ParsedCorpus corpus;
    private static List<String> lines;

    @BeforeAll
    static void parse() {
        corpus = Documents.constructs();
        lines = new String(Documents.constructsBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void makesAnEventOfEveryDatedStatement() {
        assertThat(corpus.events()).filteredOn(e -> e.kind() == EventKind.NARRATIVE).containsExactly(
                statement("2016-03-14-ann-said-also-the-club", 8, "March 14th, 2016", "2016-03-14", 31, line(31), MARCH_2016),
                statement("2017-01-05-bob-told-ann-we-need", 9, "January 5, 2017", "2017-01-05", 59, line(59), WINTER_2016),
                statement("2017-07-13-ann-sent-gus-hill-who", 10, "July 13th, 2017", "2017-07-13", 107, line(107), MID_2017),
                statement("2017-07-14-bob-agreed-time-to-make", 11, "July 14, 2017", "2017-07-14", 111, line(111), MID_2017),
                // "registered on on September 15": the sentence after the company names is the title
                statement("2017-09-15-it-was-registered-on", 12, "September 15, 2017", "2017-09-15", 124,
                        "It was registered on on September 15, 2017:", SEPTEMBER_2017_COMPANY),
                statement("2018-12-17-ann-sent-bob-an-update", 13, "December 17, 2018", "2018-12-17", 163, line(163),
                        LATE_2018),
                statement("2018-12-26-bob-sent-an-email-saying", 14, "December 26, 2018", "2018-12-26", 181, line(181),
                        LATE_2018),
                statement("2019-03-09-acme-shipped-the-widget", 15, "March 9th, 2019", "2019-03-09", 198, line(198),
                        YEAR_2019));
    }

    @Test
    void linksEveryQuoteToTheEmailItQuotesOrToNone() {
        String rejected = SEPTEMBER_2017_REJECTED;
        assertThat(corpus.quotes()).containsExactly(
                // "doesn't" for "doesn’t", no comma after "Also", "…." for the elided middle
                quote("2016-03-14-ann-said-also-the-club", 1, "Also the club doesn't seem right…. Better to have a company.",
                        "2016-03-14", message(ConstructsThreadsTest.RE_CLUB_DOCS, 0), 31),
                quote("2017-01-05-bob-told-ann-we-need", 1, "We need billions, not millions.",
                        "2017-01-05", message(ConstructsThreadsTest.FUNDING_THOUGHTS, 0), 59),
                // Ann's note to Gus is not among the emails
                quote("2017-07-13-ann-sent-gus-hill-who", 1, "turned into talking about structure", "2017-07-13", null, 107),
                quote("2017-07-14-bob-agreed-time-to-make", 1, "Time to make the next step. This is the moment.",
                        "2017-07-14", message(ConstructsThreadsTest.TOMORROW_AFTERNOON, 0), 111),
                // no dated statement in these paragraphs: the quotes belong to the section's timeline event
                quote(rejected, 1, "We really want to work with you.", null,
                        message(ConstructsThreadsTest.HONEST_WORDS, 0), 130),
                quote(rejected, 2, "Talks are over", null, message(ConstructsThreadsTest.HONEST_WORDS, 1), 159),
                quote(rejected, 3, "To be clear, this is final.", null, message(ConstructsThreadsTest.HONEST_WORDS, 2), 159),
                quote("2018-12-17-ann-sent-bob-an-update", 1, "Sounds good",
                        "2018-12-17", message(ConstructsThreadsTest.RE_WIDGET_UPDATE, 0), 163),
                quote("2018-12-26-bob-sent-an-email-saying", 1, "This needs billions per year immediately or forget it.",
                        "2018-12-26", message(ConstructsThreadsTest.I_SHOULD_REITERATE, 0), 181));
    }

    @Test
    void takesACompanyNameInCurlyQuotesForNoQuote() {
        // Line 124: the company “Acme Widgets, Inc” (akin to Acme’s old name of “Acme Club”)
        assertThat(corpus.quotes()).noneMatch(q -> q.source().firstLine() == 124);
    }

    @Test
    void placesImagesBeforeTheFirstSectionAndInsideSections() {
        assertThat(corpus.images())
                .extracting(ParsedImage::alt, ParsedImage::path, ParsedImage::eventId, ParsedImage::position,
                        ParsedImage::source)
                .containsExactly(
                        tuple("ann and bob at the founding", "../assets/img/founding.png", null, 1, SourceSpan.of(26)),
                        tuple("ann and gus", "../assets/img/gus.png", MID_2017, 2, SourceSpan.of(109)),
                        tuple("acme widgets certificate", "../assets/img/certificate.png", SEPTEMBER_2017_COMPANY, 3,
                                SourceSpan.of(126)),
                        tuple("widget", "../assets/img/widget.png", YEAR_2019, 4, SourceSpan.of(200)),
                        tuple("widget box", "../assets/img/widget.png", YEAR_2019, 5, SourceSpan.of(201)));
    }

    @Test
    void namesImagesAfterTheirFileAndKeepsTwoAltsOfOneFileApart() {
        assertThat(corpus.images()).extracting(ParsedImage::id)
                .doesNotHaveDuplicates()
                .satisfiesExactly(
                        id -> assertThat(id).matches("founding-[0-9a-f]{6}"),
                        id -> assertThat(id).matches("gus-[0-9a-f]{6}"),
                        id -> assertThat(id).matches("certificate-[0-9a-f]{6}"),
                        id -> assertThat(id).matches("widget-[0-9a-f]{6}"),
                        id -> assertThat(id).matches("widget-[0-9a-f]{6}"));
    }

    private static String line(int number) {
        return lines.get(number - 1);
    }

    private static ParsedEvent statement(String id, int position, String dateText, String date, int line, String title,
            String parentId) {
        LocalDate day = LocalDate.parse(date);
        return new ParsedEvent(id, EventKind.NARRATIVE, position, dateText, new DateInterval(day, day, DatePrecision.DAY),
                title, null, null, line(line), parentId, List.of(), SourceSpan.of(line));
    }

    private static ParsedQuote quote(String eventId, int position, String text, String statementDate, String messageId,
            int line) {
        return new ParsedQuote(eventId + "-quote-" + position, eventId, position, text,
                statementDate == null ? null : LocalDate.parse(statementDate), messageId, SourceSpan.of(line));
    }

    private static String message(String threadId, int position) {
        return corpus.messages().stream()
                .filter(m -> m.threadId().equals(threadId) && m.threadPosition() == position)
                .map(ParsedMessage::id).findFirst().orElseThrow();
    }
}
