package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written constructs document (src/test/resources/ingest/constructs.md): its preamble,
 * timeline, sections and people. Every expected value is read off that file; line numbers are its own.
 */
class ConstructsDocumentTest {

    /** "## Timeline of events": the items follow on lines 16 to 22. */
    private static final int TIMELINE_HEADING_LINE = 15;

    static final String MARCH_2016 = "2016-03-acme-started-as-a-club";
    static final String WINTER_2016 = "2016-winter-bob-asked-for-billions-of";
    static final String MID_2017 = "2017-mid-ann-and-bob-agreed-that";
    static final String SEPTEMBER_2017_COMPANY = "2017-09-bob-created-the-company-called";
    static final String SEPTEMBER_2017_REJECTED = "2017-09-ann-rejected-bobs-terms-because";
    static final String LATE_2018 = "2018-late-bob-told-ann-to-raise";
    static final String YEAR_2019 = "2019-acme-shipped-the-widget";

    private static ParsedCorpus corpus;

    @BeforeAll
    static void parse() {
        corpus = Documents.constructs();
    }

    @Test
    void readsFrontMatterLastPostAndSource() {
        byte[] bytes = Documents.constructsBytes();

        assertThat(corpus.document()).isEqualTo(new ParsedDocument(Documents.CONSTRUCTS_NAME, Documents.sha256(bytes), 202,
                "Acme and the widget", "2025-01-02 09:30:00", "Acme wanted a widget company",
                "https://example.com/acme-wanted-a-widget-company", "1/1-acme.md"));
    }

    @Test
    void findsNoIssueAtAll() {
        assertThat(corpus.issues()).isEmpty();
    }

    @Test
    void readsTheTimelineWithoutItsWrapArtefacts() {
        assertThat(corpus.events()).filteredOn(e -> e.kind() == EventKind.TIMELINE)
                .extracting(ParsedEvent::id, ParsedEvent::position, ParsedEvent::source, ParsedEvent::dateText,
                        ParsedEvent::interval, ParsedEvent::titleRaw, ParsedEvent::title)
                .containsExactly(
                        item(MARCH_2016, 1, "March 2016", month(2016, 3, 31),
                                "Acme started as a club, which Ann questioned", null),
                        item(WINTER_2016, 2, "Winter 2016", interval("2016-12-01", "2017-02-28", DatePrecision.SEASON),
                                "Bob asked for billions of dollars to build 1. the widget",
                                "Bob asked for billions of dollars to build the widget"),
                        item(MID_2017, 3, "Mid 2017", interval("2017-05-01", "2017-08-31", DatePrecision.PART_OF_YEAR),
                                "Ann and Bob agreed that a company was the next step for 1. Acme",
                                "Ann and Bob agreed that a company was the next step for Acme"),
                        item(SEPTEMBER_2017_COMPANY, 4, "September 2017", month(2017, 9, 30),
                                "Bob created the company called “Acme Widgets, 1. Inc.”",
                                "Bob created the company called “Acme Widgets, Inc.”"),
                        item(SEPTEMBER_2017_REJECTED, 5, "September 2017", month(2017, 9, 30),
                                "Ann rejected Bob's terms because they gave him 1. control of Acme",
                                "Ann rejected Bob's terms because they gave him control of Acme"),
                        item(LATE_2018, 6, "Late 2018", interval("2018-09-01", "2018-12-31", DatePrecision.PART_OF_YEAR),
                                "Bob told Ann to raise “billions or 1. forget it”",
                                "Bob told Ann to raise “billions or forget it”"),
                        item(YEAR_2019, 7, "2019", interval("2019-01-01", "2019-12-31", DatePrecision.YEAR),
                                "Acme shipped the widget", null));
    }

    @Test
    void opensASectionAtEveryKindOfRestatement() {
        assertThat(corpus.events()).filteredOn(e -> e.kind() == EventKind.TIMELINE)
                .extracting(ParsedEvent::id, ParsedEvent::section)
                .containsExactly(
                        // plain line, as in the timeline
                        tuple(MARCH_2016, section("March 2016: Acme started as a club, which Ann questioned", 30, 53)),
                        // plain line with a trailing period
                        tuple(WINTER_2016, section(
                                "Winter 2016: Bob asked for billions of dollars to build the widget.", 56, 102)),
                        tuple(MID_2017, section(
                                "## Mid 2017: Ann and Bob agreed that a company was the next step for Acme", 105, 120)),
                        // heading worded differently from its item
                        tuple(SEPTEMBER_2017_COMPANY, section(
                                "### September 2017: Bob set up a public benefit company called “Acme Widgets, Inc.”",
                                122, 126)),
                        // plain line worded differently from its item
                        tuple(SEPTEMBER_2017_REJECTED, section(
                                "September 2017: Ann rejected the terms of Bob because they gave him control of Acme",
                                128, 159)),
                        tuple(LATE_2018, section("### Late 2018: Bob told Ann to raise “billions or forget it”", 161, 195)),
                        tuple(YEAR_2019, section("## 2019: Acme shipped the widget", 197, 202)));
    }

    @Test
    void keepsTheNarrativeTextOfEachSection() {
        assertThat(timelineEvent(MARCH_2016).text()).isEqualTo(
                "On March 14th, 2016, Ann said: “Also the club doesn't seem right…. Better to have a company.”");
        assertThat(timelineEvent(WINTER_2016).text()).isEqualTo("""
                In the winter, Bob made the case for money.

                On January 5, 2017, Bob told Ann “We need billions, not millions.”""");
        assertThat(timelineEvent(YEAR_2019).text()).isEqualTo("""
                On March 9th, 2019, Acme shipped the widget.

                The widget sold well.""");
        assertThat(timelineEvent(SEPTEMBER_2017_COMPANY).text())
                .startsWith("Bob directed Eve Moss")
                .endsWith("on on September 15, 2017:");
    }

    @Test
    void listsEveryPersonWithRoleAliasesDescriptionAndFirstLine() {
        assertThat(corpus.people()).containsExactlyInAnyOrder(
                new ParsedPerson("ann-lee", "Ann Lee", PersonRole.CORRESPONDENT, List.of("Ann"), null, SourceSpan.of(36)),
                // "-bks" signs the last email of "I should reiterate" (line 195)
                new ParsedPerson("bob-stone", "Bob Stone", PersonRole.CORRESPONDENT, List.of("Bob", "bks"), null,
                        SourceSpan.of(38)),
                // known only from the "On …, Cy Young <…> wrote:" line nested in a quote
                new ParsedPerson("cy-young", "Cy Young", PersonRole.CORRESPONDENT, List.of("Cy"), null, SourceSpan.of(49)),
                new ParsedPerson("gus-hill", "Gus Hill", PersonRole.MENTIONED, List.of("Gus"), "who was acting as a go-between",
                        SourceSpan.of(107)),
                new ParsedPerson("fay-wong", "Fay Wong", PersonRole.CORRESPONDENT, List.of("Fay"), null, SourceSpan.of(117)),
                new ParsedPerson("eve-moss", "Eve Moss", PersonRole.MENTIONED, List.of("Eve"), "his lawyer",
                        SourceSpan.of(124)));
    }

    @Test
    void listsPeopleInOrderOfFirstAppearance() {
        // Gus Hill is introduced on line 107, before Fay Wong first appears in a Cc line (117) of the same section.
        assertThat(corpus.people()).extracting(ParsedPerson::id)
                .containsExactly("ann-lee", "bob-stone", "cy-young", "gus-hill", "fay-wong", "eve-moss");
    }

    private static ParsedEvent timelineEvent(String id) {
        return corpus.event(id).orElseThrow();
    }

    private static Tuple item(String id, int position, String dateText, DateInterval interval,
            String titleRaw, String titleIfDifferent) {
        return tuple(id, position, SourceSpan.of(TIMELINE_HEADING_LINE + position), dateText, interval, titleRaw,
                titleIfDifferent == null ? titleRaw : titleIfDifferent);
    }

    private static ParsedSection section(String heading, int firstLine, int lastLine) {
        return new ParsedSection(heading, new SourceSpan(firstLine, lastLine));
    }

    private static DateInterval month(int year, int month, int lastDay) {
        return new DateInterval(LocalDate.of(year, month, 1), LocalDate.of(year, month, lastDay), DatePrecision.MONTH);
    }

    private static DateInterval interval(String start, String end, DatePrecision precision) {
        return new DateInterval(LocalDate.parse(start), LocalDate.parse(end), precision);
    }
}
