package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the constructs document's emails group into threads: subjects as plain lines and headings,
 * declared counts, a thread running across a {@code ===}, threads ended by the next heading, and
 * the links between an email and the emails it quotes.
 */
class ConstructsThreadsTest {

    static final String RE_CLUB_DOCS = "re-club-docs";
    static final String FUNDING_THOUGHTS = "funding-thoughts";
    static final String WEEKLY_UPDATES = "weekly-updates";
    static final String TOMORROW_AFTERNOON = "tomorrow-afternoon";
    static final String HONEST_WORDS = "honest-words";
    static final String RE_WIDGET_UPDATE = "re-widget-update";
    static final String I_SHOULD_REITERATE = "i-should-reiterate";

    private static ParsedCorpus corpus;

    @BeforeAll
    static void parse() {
        corpus = Documents.constructs();
    }

    @Test
    void readsEveryThreadWithItsSubjectCountAndLines() {
        assertThat(corpus.threads())
                .extracting(ParsedThread::id, ParsedThread::subject, ParsedThread::declaredCount, ParsedThread::source,
                        thread -> thread.messages().size())
                .containsExactly(
                        // plain subject after "===", then a forward marker
                        tuple(RE_CLUB_DOCS, "Re: Club docs", null, new SourceSpan(34, 53), 3),
                        // ended by the "### Weekly updates" subject heading (line 84)
                        tuple(FUNDING_THOUGHTS, "Funding thoughts", null, new SourceSpan(62, 82), 2),
                        // subject heading, "2 emails", and a "===" (line 97) between its two emails
                        tuple(WEEKLY_UPDATES, "Weekly updates", 2, new SourceSpan(84, 102), 2),
                        tuple(TOMORROW_AFTERNOON, "Tomorrow afternoon", null, new SourceSpan(113, 120), 1),
                        tuple(HONEST_WORDS, "Honest words", 3, new SourceSpan(132, 157), 3),
                        // starts after narrative and a blank line, no "===" before it
                        tuple(RE_WIDGET_UPDATE, "Re: Widget update", null, new SourceSpan(165, 178), 2),
                        // ended by the "## 2019" section heading (line 197), no "===" after it
                        tuple(I_SHOULD_REITERATE, "I should reiterate", null, new SourceSpan(185, 195), 1));
    }

    @Test
    void continuesAThreadAcrossAFenceWhenAHeaderBlockFollows() {
        assertThat(thread(WEEKLY_UPDATES).messages())
                .extracting(m -> m.source().firstLine(), ParsedMessage::threadPosition)
                .containsExactly(tuple(86, 0), tuple(98, 1));
    }

    @Test
    void linksANestedQuoteChainBothWays() {
        List<ParsedMessage> club = thread(RE_CLUB_DOCS).messages();
        ParsedMessage ann = club.get(0);
        ParsedMessage bob = club.get(1);
        ParsedMessage cy = club.get(2);

        assertThat(ann.quotes()).containsExactly(bob.id());
        assertThat(ann.quotedIn()).isEmpty();
        assertThat(bob.quotes()).containsExactly(cy.id());
        assertThat(bob.quotedIn()).containsExactly(ann.id());
        assertThat(cy.quotes()).isEmpty();
        assertThat(cy.quotedIn()).containsExactly(bob.id());
    }

    @Test
    void linksAForwardedReplyToTheEmailItQuotes() {
        List<ParsedMessage> update = thread(RE_WIDGET_UPDATE).messages();

        assertThat(update.get(0).quotes()).containsExactly(update.get(1).id());
        assertThat(update.get(1).quotedIn()).containsExactly(update.get(0).id());
        assertThat(update).allSatisfy(message -> assertThat(message.forwarded()).isTrue());
    }

    @Test
    void leavesEmailsThatQuoteNothingUnlinked() {
        assertThat(corpus.messages())
                .filteredOn(m -> !m.threadId().equals(RE_CLUB_DOCS) && !m.threadId().equals(RE_WIDGET_UPDATE))
                .allSatisfy(m -> {
                    assertThat(m.quotes()).isEmpty();
                    assertThat(m.quotedIn()).isEmpty();
                });
    }

    @Test
    void keepsTwoEmailsWithIdenticalHeadersApart() {
        List<ParsedMessage> honest = thread(HONEST_WORDS).messages();

        assertThat(honest.get(1).cc()).isEqualTo(honest.get(2).cc());
        assertThat(honest.get(1).sentAtText()).isEqualTo(honest.get(2).sentAtText());
        assertThat(honest.get(1).id()).isNotEqualTo(honest.get(2).id());
    }

    @Test
    void givesEveryMessageAUniqueStableHexId() {
        List<String> ids = corpus.messages().stream().map(ParsedMessage::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
        assertThat(Documents.constructs().messages()).extracting(ParsedMessage::id).containsExactlyElementsOf(ids);
    }

    @Test
    void listsEachSectionsMessagesUnderItsTimelineEvent() {
        assertThat(sectionMessages(ConstructsDocumentTest.MARCH_2016)).containsExactlyElementsOf(ids(RE_CLUB_DOCS));
        assertThat(sectionMessages(ConstructsDocumentTest.WINTER_2016))
                .containsExactlyElementsOf(concat(ids(FUNDING_THOUGHTS), ids(WEEKLY_UPDATES)));
        assertThat(sectionMessages(ConstructsDocumentTest.MID_2017)).containsExactlyElementsOf(ids(TOMORROW_AFTERNOON));
        assertThat(sectionMessages(ConstructsDocumentTest.SEPTEMBER_2017_COMPANY)).isEmpty();
        assertThat(sectionMessages(ConstructsDocumentTest.SEPTEMBER_2017_REJECTED))
                .containsExactlyElementsOf(ids(HONEST_WORDS));
        assertThat(sectionMessages(ConstructsDocumentTest.LATE_2018))
                .containsExactlyElementsOf(concat(ids(RE_WIDGET_UPDATE), ids(I_SHOULD_REITERATE)));
        assertThat(sectionMessages(ConstructsDocumentTest.YEAR_2019)).isEmpty();
    }

    private static ParsedThread thread(String id) {
        return corpus.threads().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(String threadId) {
        return thread(threadId).messages().stream().map(ParsedMessage::id).toList();
    }

    private static List<String> sectionMessages(String eventId) {
        return corpus.event(eventId).orElseThrow().sectionMessageIds();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
