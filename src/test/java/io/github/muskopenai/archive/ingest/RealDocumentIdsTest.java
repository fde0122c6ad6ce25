package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ids of the real document's records: unique, well-formed and the same on every parse. */
class RealDocumentIdsTest {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String MESSAGE_ID = "[0-9a-f]{16}";
    private static final String HONEST_THOUGHTS = "honest-thoughts";
    /** Lines 345 and 355: two emails from Elon with the same From, Date, To and Cc lines. */
    private static final int FIRST_TWIN_LINE = 345;
    private static final int SECOND_TWIN_LINE = 355;

    private static ParsedCorpus corpus;

    @BeforeAll
    static void parse() {
        corpus = Documents.real();
    }

    @Test
    void givesEveryMessageAUniqueSixteenDigitHexId() {
        assertThat(corpus.messages()).extracting(ParsedMessage::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches(MESSAGE_ID));
    }

    @Test
    void givesTheSameIdsOnASecondParse() {
        ParsedCorpus again = Documents.real();

        assertThat(again.messages()).extracting(ParsedMessage::id)
                .containsExactlyElementsOf(corpus.messages().stream().map(ParsedMessage::id).toList());
        assertThat(again.threads()).extracting(ParsedThread::id)
                .containsExactlyElementsOf(corpus.threads().stream().map(ParsedThread::id).toList());
        assertThat(again.events()).extracting(ParsedEvent::id)
                .containsExactlyElementsOf(corpus.events().stream().map(ParsedEvent::id).toList());
        assertThat(again.images()).extracting(ParsedImage::id)
                .containsExactlyElementsOf(corpus.images().stream().map(ParsedImage::id).toList());
        assertThat(again.quotes()).extracting(ParsedQuote::id)
                .containsExactlyElementsOf(corpus.quotes().stream().map(ParsedQuote::id).toList());
    }

    @Test
    void keepsTwoEmailsWithIdenticalHeadersApart() {
        ParsedMessage first = messageStartingOn(FIRST_TWIN_LINE);
        ParsedMessage second = messageStartingOn(SECOND_TWIN_LINE);

        assertThat(first.threadId()).isEqualTo(HONEST_THOUGHTS);
        assertThat(second.threadId()).isEqualTo(HONEST_THOUGHTS);
        assertThat(second.from()).isEqualTo(first.from());
        assertThat(second.sentAtText()).isEqualTo(first.sentAtText());
        assertThat(second.to()).isEqualTo(first.to());
        assertThat(second.cc()).isEqualTo(first.cc());
        assertThat(second.body()).isNotEqualTo(first.body());
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void givesThreadsTheSlugOfTheirSubject() {
        assertThat(corpus.threads()).extracting(ParsedThread::id).containsExactly(
                "re-ai-docs",
                "re-followup-thoughts",
                "bi-weekly-updates",
                "the-business-of-building-agi",
                "beijing-wants-a-i-to-be-made-in-china-by-2030-nytimes-com",
                "tomorrow-afternoon",
                "re-current-state",
                HONEST_THOUGHTS,
                "fwd-top-ai-institutions-today",
                "re-openai-update",
                "i-feel-i-should-reiterate");
    }

    @Test
    void givesPeopleTheSlugOfTheirName() {
        assertThat(corpus.people()).extracting(ParsedPerson::id).containsExactly(
                "elon-musk", "sam-altman", "ilya-sutskever", "greg-brockman", "shivon-zilis", "jared-birchall");
    }

    @Test
    void givesEveryRecordKindIdsThatAreUniqueWithinTheDocument() {
        List<String> slugIds = corpus.threads().stream().map(ParsedThread::id).toList();

        assertThat(slugIds).doesNotHaveDuplicates().allMatch(id -> id.matches(SLUG));
        assertThat(corpus.people()).extracting(ParsedPerson::id).doesNotHaveDuplicates().allMatch(id -> id.matches(SLUG));
        assertThat(corpus.images()).extracting(ParsedImage::id).doesNotHaveDuplicates();
        assertThat(corpus.quotes()).extracting(ParsedQuote::id).doesNotHaveDuplicates();
    }

    private static ParsedMessage messageStartingOn(int line) {
        return corpus.messages().stream().filter(m -> m.source().firstLine() == line).findFirst().orElseThrow();
    }
}
