package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dated statements of the narrative, read from one-section documents written here. */
class NarrativeStatementsTest {

    /** A timeline of one item, restated on line 4; the narrative line under test is line 5. */
    private static final String ONE_SECTION = """
            ## Timeline of events
            1. September 2017: Elon created a company

            September 2017: Elon created a company
            %s
            """;
    private static final int NARRATIVE_LINE = 5;
    private static final String SECTION_EVENT = "2017-09-elon-created-a-company";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On September 15, 2017, Elon registered it.    | September 15, 2017 | 2017-09-15
            On September 15th, 2017, Elon registered it.  | September 15th, 2017 | 2017-09-15
            On Sept 15, 2017, Elon registered it.         | Sept 15, 2017      | 2017-09-15
            On Sept. 15, 2017, Elon registered it.        | Sept. 15, 2017     | 2017-09-15
            On Sep. 1st, 2017, Elon registered it.        | Sep. 1st, 2017     | 2017-09-01
            """)
    void readsAStatementWhateverTheMonthAndDayLookLike(String sentence, String dateText, LocalDate day) {
        ParsedCorpus corpus = Documents.parse(ONE_SECTION.formatted(sentence));

        assertThat(narrative(corpus).dateText()).isEqualTo(dateText);
        assertThat(narrative(corpus).interval()).isEqualTo(new DateInterval(day, day, DatePrecision.DAY));
        assertThat(narrative(corpus).title()).isEqualTo(sentence);
        assertThat(narrative(corpus).parentId()).isEqualTo(SECTION_EVENT);
        assertThat(narrative(corpus).source()).isEqualTo(SourceSpan.of(NARRATIVE_LINE));
    }

    @Test
    void takesTheSentenceHoldingTheDateAsTitle() {
        ParsedCorpus corpus = Documents.parse(ONE_SECTION.formatted(
                "Elon waited. Then, on September 15, 2017, he registered it in the U.S. state of Delaware. Nobody noticed."));

        assertThat(narrative(corpus).title())
                .isEqualTo("Then, on September 15, 2017, he registered it in the U.S. state of Delaware.");
        assertThat(narrative(corpus).id()).isEqualTo("2017-09-15-then-he-registered-it-in");
    }

    @Test
    void skipsADoubledOn() {
        ParsedCorpus corpus = Documents.parse(ONE_SECTION.formatted("It was registered on on September 15, 2017:"));

        assertThat(narrative(corpus).dateText()).isEqualTo("September 15, 2017");
        assertThat(narrative(corpus).id()).isEqualTo("2017-09-15-it-was-registered-on");
    }

    @Test
    void ignoresADateThatIsNotADay() {
        ParsedCorpus corpus = Documents.parse(ONE_SECTION.formatted("On February 30, 2017, nothing happened."));

        assertThat(corpus.events()).extracting(ParsedEvent::kind).containsExactly(EventKind.TIMELINE);
        assertThat(corpus.issues()).isEmpty();
    }

    @Test
    void keepsAQuoteNotIntroducedAsSpeechOutOfTheQuotes() {
        ParsedCorpus corpus = Documents.parse(ONE_SECTION.formatted(
                "On September 15, 2017, Elon registered “Open Artificial Intelligence Technologies, Inc.” in Delaware."));

        assertThat(corpus.quotes()).isEmpty();
    }

    @Test
    void keepsAQuoteOfAnEmailNotInTheDocument() {
        ParsedCorpus corpus = Documents.parse(ONE_SECTION.formatted(
                "On September 15, 2017, Elon wrote to Jared that it was “done and dusted”."));

        assertThat(corpus.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.text()).isEqualTo("done and dusted");
            assertThat(quote.messageId()).isNull();
            assertThat(quote.eventId()).isEqualTo(narrative(corpus).id());
            assertThat(quote.statementDate()).isEqualTo(LocalDate.of(2017, 9, 15));
        });
    }

    @Test
    void givesAQuoteToTheLastStatementBeforeItElseTheFirstAfterIt() {
        ParsedCorpus corpus = Documents.parse(ONE_SECTION.formatted(
                "Elon said “first”. On September 14, 2017, he said “second”. On September 15, 2017, he wrote “third”."));

        assertThat(corpus.quotes()).extracting(ParsedQuote::text, ParsedQuote::eventId).containsExactly(
                tuple("first", "2017-09-14-he-said-second"),
                tuple("second", "2017-09-14-he-said-second"),
                tuple("third", "2017-09-15-he-wrote-third"));
    }

    private static ParsedEvent narrative(ParsedCorpus corpus) {
        return corpus.events().stream().filter(e -> e.kind() == EventKind.NARRATIVE).findFirst().orElseThrow();
    }
}
