package io.github.muskopenai.archive.api;

import static io.github.muskopenai.archive.api.MessageLines.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.muskopenai.archive.api.ApiViews.Correspondent;
import io.github.muskopenai.archive.api.ApiViews.Event;
import io.github.muskopenai.archive.api.ApiViews.Link;
import io.github.muskopenai.archive.api.ApiViews.MailThread;
import io.github.muskopenai.archive.api.ApiViews.Message;
import io.github.muskopenai.archive.api.ApiViews.Person;
import io.github.muskopenai.archive.api.ApiViews.Quote;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** People, threads and events, one by one and filtered; counts are worked out by hand from the document. */
@QuarkusTest
class PeopleThreadsEventsApiTest {

    private static final String ELON = "elon-musk";
    private static final String SAM = "sam-altman";
    private static final String ILYA = "ilya-sutskever";
    private static final String GREG = "greg-brockman";
    private static final String SHIVON = "shivon-zilis";
    private static final String JARED = "jared-birchall";
    private static final String AI_DOCS = "re-ai-docs";
    private static final String OPENAI_UPDATE = "re-openai-update";
    private static final String HONEST_THOUGHTS = "honest-thoughts";
    private static final String FOLLOWUP_THOUGHTS = "re-followup-thoughts";
    private static final String TOMORROW_AFTERNOON = "tomorrow-afternoon";
    private static final String CURRENT_STATE = "re-current-state";
    private static final String TOP_AI_INSTITUTIONS = "fwd-top-ai-institutions-today";
    private static final String REITERATE = "i-feel-i-should-reiterate";
    /** Source lines of events: timeline items 16–27, dated statements of the narrative. */
    private static final int EARLY_2017_ITEM = 18;
    private static final int SUMMER_2017_ITEM = 19;
    private static final int SEPTEMBER_2017_REJECTED_ITEM = 22;
    private static final int JANUARY_2018_ITEM = 23;
    private static final int DECEMBER_2018_ITEM = 25;
    private static final int MARCH_2019_ITEM = 26;
    private static final int MARCH_2023_ITEM = 27;
    private static final int JUNE_13_2017_STATEMENT = 69;
    private static final int JULY_13_2017_STATEMENT = 198;
    private static final int JULY_21_2017_STATEMENT = 204;
    private static final int AUGUST_11_2017_STATEMENT = 236;
    private static final int SEPTEMBER_4_2017_STATEMENT = 251;
    private static final int JANUARY_31_2018_STATEMENT = 375;
    private static final int DECEMBER_17_2018_STATEMENT = 459;
    private static final int DECEMBER_26_2018_STATEMENT = 491;
    private static final int MARCH_9_2023_STATEMENT = 526;

    @Test
    void listsPeopleByNameAndFiltersByRoleOrNameFragment() {
        assertThat(personIds()).containsExactly(ELON, GREG, ILYA, JARED, SAM, SHIVON);
        assertThat(personIds("sort", "-name")).containsExactly(SHIVON, SAM, JARED, ILYA, GREG, ELON);
        assertThat(personIds("role", "mentioned")).containsExactly(JARED);
        assertThat(personIds("role", "correspondent")).containsExactly(ELON, GREG, ILYA, SAM, SHIVON);
        assertThat(personIds("q", "gdb")).containsExactly(GREG);
        assertThat(personIds("q", "BROCK")).containsExactly(GREG);
    }

    @Test
    void countsMessagesEachPersonSentAndReceived() {
        Map<String, Person> people = Pages.all("/api/people", Person.class).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        // Sent: the From lines (Sam's two quoted replies included). Received: To or Cc lines naming them.
        assertThat(people.values()).extracting(Person::id, Person::messagesSent, Person::messagesReceived)
                .containsExactlyInAnyOrder(tuple(ELON, 13, 7), tuple(SAM, 3, 11), tuple(ILYA, 4, 14), tuple(GREG, 2, 16),
                        tuple(SHIVON, 0, 7), tuple(JARED, 0, 0));
        assertThat(people.get(SAM)).extracting(Person::firstMessageAt, Person::lastMessageAt)
                .containsExactly("2015-11-20T11:48", "2018-12-26T12:07");
        assertThat(people.get(SHIVON)).extracting(Person::firstMessageAt).isEqualTo("2017-08-11T21:17");
        assertThat(people.get(JARED)).extracting(Person::firstMessageAt, Person::lastMessageAt).containsOnlyNulls();
        // Line 287: "Jared Birchall, his wealth manager,"; line 198: "Shivon Zilis, who was operating as a liaison ...,".
        assertThat(people.get(JARED).description()).isEqualTo("his wealth manager");
        assertThat(people.get(SHIVON).description()).isEqualTo("who was operating as a liaison between Elon and OpenAI");
        assertThat(personIds("sort", "-messagesSent").subList(0, 4)).containsExactly(ELON, ILYA, SAM, GREG);
        assertThat(personIds("sort", "messagesReceived")).containsExactly(JARED, ELON, SHIVON, SAM, ILYA, GREG);
    }

    @Test
    void countsCorrespondentsByDirection() {
        assertThat(correspondents(ELON)).containsExactly(new Correspondent(ILYA, "Ilya Sutskever", 11, 4, 15),
                new Correspondent(GREG, "Greg Brockman", 11, 2, 13), new Correspondent(SAM, "Sam Altman", 8, 1, 9),
                new Correspondent(SHIVON, "Shivon Zilis", 5, 0, 5));
        assertThat(correspondents(SAM)).containsExactly(new Correspondent(ELON, "Elon Musk", 1, 8, 9),
                new Correspondent(ILYA, "Ilya Sutskever", 1, 2, 3), new Correspondent(GREG, "Greg Brockman", 1, 1, 2),
                new Correspondent(SHIVON, "Shivon Zilis", 1, 0, 1));
        assertThat(correspondents(JARED)).isEmpty();
        assertThat(given().get("/api/people/{id}", SHIVON).then().statusCode(200).extract().jsonPath()
                .getObject("$", Person.class).name()).isEqualTo("Shivon Zilis");
    }

    @Test
    void servesThreadMessagesInSourceOrderWithQuoteLinks() {
        assertThreadWithQuote(AI_DOCS, AI_DOCS_ELON, AI_DOCS_SAM_QUOTED);
        assertThreadWithQuote(OPENAI_UPDATE, UPDATE_ELON, UPDATE_SAM_QUOTED);
        JsonPath honest = given().get("/api/threads/{id}", HONEST_THOUGHTS).then().statusCode(200).extract().jsonPath();
        MailThread thread = honest.getObject("$", MailThread.class);
        assertThat(thread).extracting(MailThread::subject, MailThread::declaredCount, MailThread::messageCount,
                MailThread::firstSentAt, MailThread::lastSentAt)
                .containsExactly("Honest Thoughts", 4, 4, "2017-09-20T14:08", "2017-09-20T14:17");
        assertThat(thread.participants()).extracting(ApiViews.PersonRef::id)
                .containsExactlyInAnyOrder(ILYA, ELON, SAM, GREG, SHIVON);
        assertThat(honest.getList("messages", Message.class)).extracting(m -> m.source().firstLine())
                .containsExactly(HONEST_ILYA, HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR, HONEST_SAM);
        assertThat(honest.getList("links", Link.class)).isEmpty();
    }

    private static void assertThreadWithQuote(String threadId, int quoting, int quoted) {
        JsonPath thread = given().get("/api/threads/{id}", threadId).then().statusCode(200).extract().jsonPath();
        List<Message> messages = thread.getList("messages", Message.class);
        assertThat(messages).extracting(m -> m.source().firstLine()).containsExactly(quoting, quoted);
        assertThat(thread.getList("links", Link.class))
                .containsExactly(new Link("quotes", messages.get(0).id(), messages.get(1).id()));
    }

    @Test
    void filtersThreadsByParticipantAndSubjectAndSortsThemByDate() {
        assertThat(threadIds("participant", "Shivon")).containsExactly(TOMORROW_AFTERNOON, HONEST_THOUGHTS,
                TOP_AI_INSTITUTIONS, REITERATE);
        assertThat(threadIds("q", "re:")).containsExactly(AI_DOCS, FOLLOWUP_THOUGHTS, CURRENT_STATE, OPENAI_UPDATE);
        List<String> documentOrder = threadIds();
        assertThat(threadIds("sort", "firstSentAt")).containsExactlyElementsOf(documentOrder);
        List<String> reversed = new ArrayList<>(documentOrder);
        Collections.reverse(reversed);
        assertThat(threadIds("sort", "-lastSentAt")).containsExactlyElementsOf(reversed);
    }

    @Test
    void filtersThreadsByDateWindow() {
        assertThat(threadIds("after", "2018-01-01")).containsExactly(TOP_AI_INSTITUTIONS, OPENAI_UPDATE, REITERATE);
        assertThat(threadIds("before", "2016-01-01")).containsExactly(AI_DOCS);
        assertThat(threadIds("after", "2017-09-20T14:17", "before", "2017-09-20T14:18")).containsExactly(HONEST_THOUGHTS);
    }

    @Test
    void filtersEventsByKind() {
        assertThat(eventLines("kind", "timeline")).containsExactly(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27);
        assertThat(eventLines("kind", "narrative")).hasSize(15).allMatch(line -> line > 27);
    }

    @Test
    void selectsEventsWhoseIntervalOverlapsTheWindow() {
        // "Early 2017" is January–April (2017-01-01..2017-04-30); "Summer 2017" June–August.
        assertThat(eventLines("after", "2017-04-30", "before", "2017-05-01")).containsExactly(EARLY_2017_ITEM);
        assertThat(eventLines("after", "2017-05-01", "before", "2017-06-01")).isEmpty();
        assertThat(eventLines("after", "2017-08-31", "before", "2017-09-01")).containsExactly(SUMMER_2017_ITEM);
        assertThat(eventLines("after", "2017-06-13", "before", "2017-06-14"))
                .containsExactlyInAnyOrder(SUMMER_2017_ITEM, JUNE_13_2017_STATEMENT);
    }

    @Test
    void filtersEventsByPersonInvolvedInTheirMessages() {
        // Shivon is in Cc of lines 239, 345–361, 380, 392 and 496: the sections and statements that show or quote them.
        assertThat(eventLines("person", "shivon")).containsExactlyInAnyOrder(SUMMER_2017_ITEM, SEPTEMBER_2017_REJECTED_ITEM,
                JANUARY_2018_ITEM, DECEMBER_2018_ITEM, AUGUST_11_2017_STATEMENT, JANUARY_31_2018_STATEMENT,
                DECEMBER_26_2018_STATEMENT);
        assertThat(eventLines("person", "Jared")).isEmpty();
    }

    @Test
    void searchesEventTitlesAndText() {
        assertThat(eventLines("q", "xAI")).containsExactlyInAnyOrder(MARCH_2023_ITEM, MARCH_9_2023_STATEMENT);
    }

    @Test
    void timelineEventListsItsStatementsMessagesAndQuotes() {
        Event summer = eventAt(SUMMER_2017_ITEM);
        JsonPath detail = given().get("/api/events/{id}", summer.id()).then().statusCode(200).extract().jsonPath();
        List<String> children = detail.getList("childIds", String.class);
        assertThat(children).extracting(id -> eventById(id).source().firstLine())
                .containsExactly(JULY_13_2017_STATEMENT, JULY_21_2017_STATEMENT, AUGUST_11_2017_STATEMENT);
        assertThat(children).allMatch(id -> summer.id().equals(eventById(id).parentId()));
        assertThat(detail.getList("messages", Message.class)).extracting(m -> m.source().firstLine())
                .containsExactly(BEIJING_ELON, BEIJING_GREG, BEIJING_ELON_REPLY, TOMORROW_ELON);
        assertThat(detail.getList("quotes", Quote.class)).extracting(Quote::messageId)
                .containsExactly(messageIdAt(BEIJING_GREG), messageIdAt(BEIJING_ELON_REPLY));
    }

    @Test
    void eventQuotesOfEmailsNotInTheCorpusHaveNoMessage() {
        List<Quote> september4 = quotesOf(SEPTEMBER_4_2017_STATEMENT);
        assertThat(september4).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("And he sounded fairly non-negotiable on his equity");
            assertThat(q).extracting(Quote::messageId, Quote::status, Quote::statementDate)
                    .containsExactly(null, "not-in-corpus", "2017-09-04");
        });
        assertThat(quotesOf(MARCH_2019_ITEM)).extracting(Quote::messageId, Quote::status)
                .containsExactly(tuple(null, "not-in-corpus"));
        assertThat(quotesOf(DECEMBER_17_2018_STATEMENT)).extracting(Quote::messageId, Quote::status).containsExactly(
                tuple(messageIdAt(UPDATE_SAM_QUOTED), "matched"), tuple(messageIdAt(UPDATE_ELON), "matched"));
    }

    private static List<String> personIds(String... query) {
        return Pages.all("/api/people", Person.class, query).stream().map(Person::id).toList();
    }

    private static List<Correspondent> correspondents(String personId) {
        return given().get("/api/people/{id}", personId).then().statusCode(200).extract().jsonPath()
                .getList("correspondents", Correspondent.class);
    }

    private static List<String> threadIds(String... query) {
        return Pages.all("/api/threads", MailThread.class, query).stream().map(MailThread::id).toList();
    }

    private static List<Integer> eventLines(String... query) {
        return Pages.all("/api/events", Event.class, query).stream().map(e -> e.source().firstLine()).toList();
    }

    private static Event eventAt(int line) {
        return Pages.all("/api/events", Event.class).stream().filter(e -> e.source().firstLine() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no event at line " + line));
    }

    private static Event eventById(String id) {
        return given().get("/api/events/{id}", id).then().statusCode(200).extract().jsonPath().getObject("$", Event.class);
    }

    private static List<Quote> quotesOf(int eventLine) {
        return given().get("/api/events/{id}", eventAt(eventLine).id()).then().statusCode(200).extract().jsonPath()
                .getList("quotes", Quote.class);
    }

    private static String messageIdAt(int line) {
        return Pages.all("/api/messages", Message.class).stream().filter(m -> m.source().firstLine() == line)
                .findFirst().map(Message::id).orElseThrow(() -> new AssertionError("no message at line " + line));
    }
}
