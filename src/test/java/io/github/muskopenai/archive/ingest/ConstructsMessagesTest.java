package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.muskopenai.archive.ingest.Redaction.Kind;

/**
 * Every email of the constructs document, field by field: headers in all three date formats,
 * redacted recipients, verbatim bodies (markdown headings, numbered lists and lone name lines
 * stay body text), redactions and link placeholders with their line, column and body offset.
 * Ids and quote links are content hashes, checked in {@link ConstructsThreadsTest}.
 */
class ConstructsMessagesTest {

    private static final Participant ANN = Participant.person("ann-lee", "Ann Lee");
    private static final Participant BOB = Participant.person("bob-stone", "Bob Stone");
    private static final Participant CY = Participant.person("cy-young", "Cy Young");
    private static final Participant FAY = Participant.person("fay-wong", "Fay Wong");
    private static final Participant REDACTED = Participant.redacted("<redacted>");
    private static final Participant REDACTED_TWICE = Participant.redacted("<redacted> <redacted>");

    private static ParsedCorpus corpus;

    @BeforeAll
    static void parse() {
        corpus = Documents.constructs();
    }

    static Stream<ParsedMessage> expectedMessages() {
        return Stream.of(
                message("re-club-docs", 0, "Re: Club docs", ANN, List.of(BOB), List.of(),
                        "2016-03-14T12:29", "Mon, Mar 14, 2016 at 12:29 PM", """
                        I think this should be a company, not a club.

                        Also, the club doesn’t seem right. In particular, the dues muddy the incentives. Better to have a company.""",
                        true, false, List.of(), List.of(), 36, 41),
                message("re-club-docs", 1, null, BOB, List.of(), List.of(),
                        "2016-03-14T11:48", "Mar 14, 2016, at 11:48 AM", "Ann–\n\nPlan is to start a club. Cy suggested it:",
                        true, true, List.of(), List.of(), 43, 47),
                message("re-club-docs", 2, null, CY, List.of(), List.of(),
                        "2016-03-13T21:05", "Mar 13, 2016, at 9:05 PM",
                        "Bob, a club would be fun. I’m cc’ing our lawyer <redacted> here.\n\nCy",
                        true, true, List.of(body(Kind.PLACEHOLDER, 51, 49, 10, 48)), List.of(), 49, 53),
                message("funding-thoughts", 0, "Funding thoughts", BOB, List.of(ANN, REDACTED), List.of(CY),
                        "2017-01-05T00:05", "Thu, Jan 5, 2017 at 12:05 AM", """
                        We need billions, not millions. ████████ That is the plan.

                        #### Widget plan:
                        1. Build the widget.
                        1. Sell the widget.

                        Bob""",
                        false, false, List.of(recipient(65, 25, 10), body(Kind.BLOCK, 67, 33, 8, 32)), List.of(), 63, 73),
                message("funding-thoughts", 1, "Funding thoughts", ANN, List.of(BOB), List.of(CY),
                        "2017-01-05T10:28", "Thu, Jan 5, 2017, at 10:28 AM", """
                        Several points:

                        1. It is not the case that money is enough.
                        1. We can’t build it today.""",
                        false, false, List.of(), List.of(), 75, 82),
                message("weekly-updates", 0, "Weekly updates", ANN, List.of(BOB, REDACTED, CY), List.of(),
                        "2017-01-13T22:39", "Fri, Jan 13, 2017 at 10:39 PM", """
                        This is our first weekly update.

                        #### Robotics:
                        1. The hand is deployed: [Link to Google Drive] [human controlled].
                        1. A video of it: <redacted>

                        More soon.""",
                        false, false, List.of(recipient(88, 27, 10), body(Kind.PLACEHOLDER, 94, 19, 10, 135)),
                        List.of(new LinkPlaceholder("[Link to Google Drive]", 93, 26, 74)), 86, 96),
                message("weekly-updates", 1, "Weekly updates", BOB, List.of(ANN), List.of(CY, REDACTED),
                        "2017-01-14T12:52", "Sat, Jan 14, 2017 at 12:52 PM", "Thanks, this is a great update.",
                        false, false, List.of(recipient(101, 26, 10)), List.of(), 98, 102),
                message("tomorrow-afternoon", 0, "Tomorrow afternoon", BOB, List.of(ANN), List.of(REDACTED, FAY),
                        "2017-07-14T21:17", "Fri, Jul 14, 2017 at 9:17 PM",
                        "████ Can we meet tomorrow afternoon?\n\nTime to make the next step. This is the moment.",
                        false, false, List.of(recipient(117, 5, 10), body(Kind.BLOCK, 118, 1, 4, 0)), List.of(), 114, 120),
                message("honest-words", 0, "Honest words", ANN, List.of(BOB, CY), List.of(),
                        "2017-09-20T14:08", "Wed, Sep 20, 2017 at 2:08 PM", """
                        Bob, Cy,

                        We really want to work with you. But not like this.

                        Cy:

                        Please weigh in.

                        Ann""",
                        false, false, List.of(), List.of(), 134, 145),
                message("honest-words", 1, "Honest words", BOB, List.of(ANN), List.of(REDACTED_TWICE, FAY),
                        "2017-09-20T14:17", "Wed, Sep 20, 2017 at 2:17 PM", "Talks are over.",
                        false, false, List.of(recipient(150, 5, 21)), List.of(), 147, 151),
                message("honest-words", 2, "Honest words", BOB, List.of(ANN), List.of(REDACTED_TWICE, FAY),
                        "2017-09-20T14:17", "Wed, Sep 20, 2017 at 2:17 PM", "To be clear, this is final.",
                        false, false, List.of(recipient(156, 5, 21)), List.of(), 153, 157),
                message("re-widget-update", 0, "Re: Widget update", BOB, List.of(ANN), List.of(),
                        "2018-12-17T15:47", "Mon, 17 Dec 2018 at 15:47", "Sounds good",
                        true, false, List.of(), List.of(), 167, 170),
                message("re-widget-update", 1, null, ANN, List.of(), List.of(),
                        "2018-12-17T15:42", "Dec 17, 2018, at 3:42 PM",
                        "Hey Bob–\n\nThe widget works. ██████████ More next year.\n\nAnn",
                        true, true, List.of(body(Kind.BLOCK, 176, 19, 10, 28)), List.of(), 172, 178),
                message("i-should-reiterate", 0, "I should reiterate", BOB, List.of(ANN), List.of(CY, FAY),
                        "2018-12-26T12:07", "Wed, Dec 26, 2018 at 12:07 PM", """
                        This needs billions per year immediately or forget it.

                        The future is in the hands of <redacted>.
                        [Link to article]

                        -bks""",
                        false, false, List.of(body(Kind.PLACEHOLDER, 192, 31, 10, 86)),
                        List.of(new LinkPlaceholder("[Link to article]", 193, 1, 98)), 186, 195));
    }

    static Stream<Arguments> cases() {
        return expectedMessages().map(m -> Arguments.of(m.threadId() + " #" + m.threadPosition(), m));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheEmailExactly(String label, ParsedMessage expected) {
        ParsedMessage parsed = corpus.messages().stream()
                .filter(m -> m.threadId().equals(expected.threadId()) && m.threadPosition() == expected.threadPosition())
                .findFirst().orElseThrow();

        assertThat(parsed).usingRecursiveComparison().ignoringFields("id", "quotes", "quotedIn").isEqualTo(expected);
    }

    @Test
    void findsNoOtherEmail() {
        assertThat(corpus.messages()).hasSize((int) expectedMessages().count());
    }

    private static ParsedMessage message(String threadId, int position, String subject, Participant from,
            List<Participant> to, List<Participant> cc, String sentAt, String sentAtText, String body,
            boolean forwarded, boolean quotedOnly, List<Redaction> redactions, List<LinkPlaceholder> links,
            int firstLine, int lastLine) {
        return new ParsedMessage("(content hash)", threadId, position, subject, from, to, cc, LocalDateTime.parse(sentAt),
                sentAtText, null, body, forwarded, quotedOnly, List.of(), List.of(), redactions, links,
                new SourceSpan(firstLine, lastLine));
    }

    private static Redaction recipient(int line, int column, int length) {
        return new Redaction(Kind.RECIPIENT, line, column, length, null);
    }

    private static Redaction body(Kind kind, int line, int column, int length, int bodyOffset) {
        return new Redaction(kind, line, column, length, bodyOffset);
    }
}
