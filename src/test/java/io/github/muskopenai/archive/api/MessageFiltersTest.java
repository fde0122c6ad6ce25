package io.github.muskopenai.archive.api;

import static io.github.muskopenai.archive.api.MessageLines.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.muskopenai.archive.api.ApiViews.Message;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The filters of {@code GET /api/messages}, alone and combined. Every expected set is the lines of
 * the messages as read in the document (see {@link MessageLines}), never a count taken from the API.
 */
@QuarkusTest
class MessageFiltersTest {

    private static final String HONEST_THOUGHTS = "honest-thoughts";
    private static final String AI_DOCS = "re-ai-docs";
    /** The minute of the three replies of "Honest Thoughts" (lines 346, 356 and 362: "2:17 PM"). */
    private static final String SEPTEMBER_20_2_17_PM = "2017-09-20T14:17";

    /** A To or Cc line names a recipient the source blanks out, or the body has █ runs or "<redacted>". */
    private static final List<Integer> REDACTED = List.of(AI_DOCS_SAM_QUOTED, FOLLOWUP_ELON, BIWEEKLY_ILYA,
            BIWEEKLY_ELON_THANKS, BIWEEKLY_ELON_COMPUTE, BUSINESS_OF_AGI_ILYA, BEIJING_GREG, BEIJING_ELON_REPLY,
            TOMORROW_ELON, HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR, HONEST_SAM, TOP_AI_ELON, TOP_AI_GREG,
            UPDATE_SAM_QUOTED, REITERATE_ELON);
    private static final List<Integer> NOT_REDACTED = List.of(AI_DOCS_ELON, FOLLOWUP_ILYA, BEIJING_ELON,
            CURRENT_STATE_ELON, HONEST_ILYA, UPDATE_ELON);

    @ParameterizedTest
    @ValueSource(strings = {"elon-musk", "Elon Musk", "ELON MUSK", "elon", "Elon", "eLoN-mUsK"})
    void resolvesSenderByIdNameOrAliasIgnoringCase(String elon) {
        assertThat(lines("from", elon)).containsExactlyInAnyOrderElementsOf(FROM_ELON);
    }

    @Test
    void resolvesSignatureAliasOfGreg() {
        assertThat(lines("from", "gdb")).containsExactlyInAnyOrderElementsOf(FROM_GREG);
    }

    @Test
    void filtersByToAndCcRecipientsSeparately() {
        assertThat(lines("to", "elon")).containsExactlyInAnyOrder(FOLLOWUP_ILYA, BIWEEKLY_ILYA, BUSINESS_OF_AGI_ILYA,
                BEIJING_GREG, HONEST_ILYA, HONEST_SAM, TOP_AI_GREG);
        assertThat(lines("cc", "shivon")).containsExactlyInAnyOrderElementsOf(CC_SHIVON);
        assertThat(lines("to", "shivon")).isEmpty();
    }

    @Test
    void filtersByParticipantAsSenderToOrCc() {
        assertThat(lines("participant", "Sam Altman")).containsExactlyInAnyOrder(AI_DOCS_ELON, AI_DOCS_SAM_QUOTED,
                FOLLOWUP_ELON, FOLLOWUP_ILYA, TOMORROW_ELON, HONEST_ILYA, HONEST_ELON_FINAL_STRAW,
                HONEST_ELON_TO_BE_CLEAR, HONEST_SAM, TOP_AI_ELON, TOP_AI_GREG, UPDATE_ELON, UPDATE_SAM_QUOTED,
                REITERATE_ELON);
        assertThat(lines("participant", "shivon")).containsExactlyInAnyOrderElementsOf(CC_SHIVON);
        assertThat(lines("participant", "jared-birchall")).as("only mentioned, never a correspondent").isEmpty();
    }

    @Test
    void filtersByThread() {
        assertThat(lines("thread", HONEST_THOUGHTS)).containsExactlyInAnyOrder(HONEST_ILYA, HONEST_ELON_FINAL_STRAW,
                HONEST_ELON_TO_BE_CLEAR, HONEST_SAM);
    }

    @Test
    void filtersByRedaction() {
        assertThat(lines("redacted", "true")).containsExactlyInAnyOrderElementsOf(REDACTED);
        assertThat(lines("redacted", "false")).containsExactlyInAnyOrderElementsOf(NOT_REDACTED);
    }

    @Test
    void filtersRepliesKnownOnlyAsQuoted() {
        assertThat(lines("quoted", "true")).containsExactlyInAnyOrder(AI_DOCS_SAM_QUOTED, UPDATE_SAM_QUOTED);
        assertThat(lines("quoted", "false")).containsExactlyInAnyOrderElementsOf(
                ALL.stream().filter(l -> l != AI_DOCS_SAM_QUOTED && l != UPDATE_SAM_QUOTED).toList());
    }

    @Test
    void searchesBodiesWithPhrasesExclusionsAndOr() {
        assertThat(lines("q", "\"final straw\"")).containsExactly(HONEST_ELON_FINAL_STRAW);
        // "Cerebras": lines 182 and 327; only the Honest Thoughts mention (327) also says "Tesla".
        assertThat(lines("q", "Cerebras")).containsExactlyInAnyOrder(BUSINESS_OF_AGI_ILYA, HONEST_ILYA);
        assertThat(lines("q", "Cerebras -Tesla")).containsExactly(BUSINESS_OF_AGI_ILYA);
        // "Bezos": line 509; "Dota"/"DOTA": lines 114, 118, 179, 425, 444 and 474 of four bodies.
        assertThat(lines("q", "Bezos or Dota")).containsExactlyInAnyOrder(BIWEEKLY_ILYA, BUSINESS_OF_AGI_ILYA,
                TOP_AI_GREG, UPDATE_SAM_QUOTED, REITERATE_ELON);
    }

    @Test
    void searchesSubjects() {
        // "Beijing" is only in the subject line 208, which heads three messages.
        assertThat(lines("q", "Beijing")).containsExactlyInAnyOrder(BEIJING_ELON, BEIJING_GREG, BEIJING_ELON_REPLY);
    }

    @Test
    void repeatingParameterOrsItsValues() {
        assertThat(lines("from", "elon", "from", "gdb"))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(FROM_ELON.stream(), FROM_GREG.stream()).toList());
        assertThat(lines("thread", HONEST_THOUGHTS, "thread", AI_DOCS)).containsExactlyInAnyOrder(AI_DOCS_ELON,
                AI_DOCS_SAM_QUOTED, HONEST_ILYA, HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR, HONEST_SAM);
    }

    @Test
    void combiningParametersAndsThem() {
        assertThat(lines("from", "elon", "to", "sam")).containsExactlyInAnyOrder(AI_DOCS_ELON, TOMORROW_ELON,
                TOP_AI_ELON, UPDATE_ELON);
        assertThat(lines("from", "elon", "cc", "sam")).containsExactlyInAnyOrder(FOLLOWUP_ELON,
                HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR, REITERATE_ELON);
        assertThat(lines("participant", "shivon", "from", "sam")).containsExactly(HONEST_SAM);
        assertThat(lines("from", "elon", "redacted", "false")).containsExactlyInAnyOrder(AI_DOCS_ELON, BEIJING_ELON,
                CURRENT_STATE_ELON, UPDATE_ELON);
        assertThat(lines("from", "sam", "quoted", "true")).containsExactlyInAnyOrder(AI_DOCS_SAM_QUOTED, UPDATE_SAM_QUOTED);
        assertThat(lines("q", "Dota", "from", "gdb")).containsExactly(TOP_AI_GREG);
    }

    @Test
    void filtersBySenderAndDateRange() {
        assertThat(lines("from", "elon", "thread", HONEST_THOUGHTS, "after", SEPTEMBER_20_2_17_PM))
                .containsExactlyInAnyOrder(HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR);
        assertThat(lines("from", "elon", "after", "2018-01-01", "before", "2019-01-01"))
                .containsExactlyInAnyOrder(TOP_AI_ELON, UPDATE_ELON, REITERATE_ELON);
    }

    @Test
    void afterIsInclusiveAndBeforeExclusiveToTheMinute() {
        List<Integer> at217 = List.of(HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR, HONEST_SAM);
        assertThat(lines("after", SEPTEMBER_20_2_17_PM, "before", "2017-09-20T14:18")).containsExactlyInAnyOrderElementsOf(at217);
        assertThat(lines("after", SEPTEMBER_20_2_17_PM)).containsExactlyInAnyOrderElementsOf(
                ALL.subList(ALL.indexOf(HONEST_ELON_FINAL_STRAW), ALL.size()));
        assertThat(lines("before", SEPTEMBER_20_2_17_PM)).containsExactlyInAnyOrderElementsOf(
                ALL.subList(0, ALL.indexOf(HONEST_ELON_FINAL_STRAW)));
        assertThat(lines("after", "2017-09-20T14:08", "before", SEPTEMBER_20_2_17_PM)).containsExactly(HONEST_ILYA);
        assertThat(lines("after", "2017-09-20T14:09", "before", SEPTEMBER_20_2_17_PM)).isEmpty();
    }

    @Test
    void readsDateAsMidnight() {
        List<Integer> onSeptember20 = List.of(HONEST_ILYA, HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR, HONEST_SAM);
        assertThat(lines("after", "2017-09-20", "before", "2017-09-21")).containsExactlyInAnyOrderElementsOf(onSeptember20);
        assertThat(lines("after", "2017-09-20T00:00", "before", "2017-09-21T00:00"))
                .containsExactlyInAnyOrderElementsOf(onSeptember20);
        assertThat(lines("before", "2017-09-20")).containsExactlyInAnyOrderElementsOf(ALL.subList(0, ALL.indexOf(HONEST_ILYA)));
    }

    @Test
    void sortsBySentAtOldestFirstWithIdBreakingTies() {
        Comparator<Message> bySentAtThenId = Comparator.comparing(Message::sentAt).thenComparing(Message::id);
        List<Message> byDefault = Pages.all("/api/messages", Message.class);
        List<Message> ascending = Pages.all("/api/messages", Message.class, "sort", "sentAt");
        assertThat(ascending).isEqualTo(byDefault).hasSize(ALL.size()).isSortedAccordingTo(bySentAtThenId);
        // The quoted reply of line 48 (11:48 AM) precedes the message quoting it (line 42, 12:29 PM).
        assertThat(ascending.get(0).source().firstLine()).isEqualTo(AI_DOCS_SAM_QUOTED);
        assertThat(ascending.get(ALL.size() - 1).source().firstLine()).isEqualTo(REITERATE_ELON);
        assertThat(ascending).filteredOn(m -> m.sentAt().equals(SEPTEMBER_20_2_17_PM)).hasSize(3);
    }

    @Test
    void sortsBySentAtNewestFirstWithIdBreakingTiesTheOtherWay() {
        Comparator<Message> bySentAtThenId = Comparator.comparing(Message::sentAt).thenComparing(Message::id);
        List<Message> descending = Pages.all("/api/messages", Message.class, "sort", "-sentAt");
        assertThat(descending).hasSize(ALL.size()).isSortedAccordingTo(bySentAtThenId.reversed());
        assertThat(descending.get(0).source().firstLine()).isEqualTo(REITERATE_ELON);
    }

    /** The first lines of every message the query matches, across all pages; the total must agree. */
    private static List<Integer> lines(String... query) {
        List<Message> messages = Pages.all("/api/messages", Message.class, query);
        long total = Pages.with(query).get("/api/messages").then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(total).as("total of %s", String.join(" ", query)).isEqualTo(messages.size());
        return messages.stream().map(m -> m.source().firstLine()).toList();
    }
}
