package io.github.muskopenai.archive.api.integration;

import static io.github.muskopenai.archive.api.integration.SourceLines.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * GET /api/search: which records a query finds and in which order, worked out by reading the
 * document (English stemming: "discussions" also finds "discuss", "discussed", "discussion").
 */
@QuarkusTest
class SearchRankingTest {

    private static final String SEARCH = "/api/search";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hit(String type, String id, String title, String snippet, BigDecimal rank, String sentAt, String start) {
    }

    private Map<Integer, String> messages;
    private Map<Integer, String> events;

    /** Per test: RestAssured points at the test server only once a test runs, not in @BeforeAll. */
    @BeforeEach
    void lookUpIds() {
        messages = SourceLines.messageIds();
        events = SourceLines.eventIds();
    }

    @Test
    void findsAPhraseThatOccursInOneEmailOnly() {
        // "This is the final straw." (line 349) is nowhere else, not even in the narrative.
        List<Hit> hits = search("q", "\"final straw\"");

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo("message");
            assertThat(hit.id()).isEqualTo(messages.get(HONEST_ELON_FINAL_STRAW));
            assertThat(hit.title()).isEqualTo("Honest Thoughts");
            assertThat(hit.sentAt()).isEqualTo("2017-09-20T14:17");
            assertThat(hit.start()).isNull();
        });
    }

    @Test
    void ranksTheEmailThatUsesAWordMostOftenFirst() {
        // "board" 13 times in "Re: Current State" (lines 263-277); at most 3 times in any other record.
        List<Hit> hits = search("q", "board");

        assertThat(hits).extracting(Hit::id).containsExactlyInAnyOrder(messages.get(CURRENT_STATE_ELON),
                messages.get(AI_DOCS_SAM_QUOTED), messages.get(FOLLOWUP_ELON), messages.get(TOP_AI_ELON),
                messages.get(TOP_AI_GREG), events.get(STATEMENT_SEPTEMBER_12_2017), events.get(TIMELINE_FALL_2017));
        assertThat(hits.get(0).id()).isEqualTo(messages.get(CURRENT_STATE_ELON));
        assertThat(hits.get(0).title()).isEqualTo("Re: Current State");
        assertThat(hits.subList(1, hits.size())).allSatisfy(hit -> assertThat(hit.rank()).isLessThan(hits.get(0).rank()));
    }

    @Test
    void typeEventLeavesOnlyEvents() {
        List<Hit> hits = search("q", "board", "type", "event");

        assertThat(hits).extracting(Hit::type).containsOnly("event");
        assertThat(hits).extracting(Hit::id).containsExactlyInAnyOrder(events.get(STATEMENT_SEPTEMBER_12_2017),
                events.get(TIMELINE_FALL_2017));
        assertThat(hits).allSatisfy(hit -> assertThat(hit.sentAt()).isNull());
        assertThat(hits).filteredOn(hit -> hit.id().equals(events.get(STATEMENT_SEPTEMBER_12_2017)))
                .extracting(Hit::start).containsExactly("2017-09-12");
        assertThat(search("q", "board", "type", "message", "type", "event")).containsExactlyElementsOf(search("q", "board"));
    }

    @Test
    void aNameOnlyInHeadersFindsNoMessage() {
        // Shivon is named in Cc lines, which are not searched, and in two dated statements.
        assertThat(search("q", "shivon")).extracting(Hit::id).containsExactlyInAnyOrder(events.get(STATEMENT_JULY_13_2017),
                events.get(STATEMENT_SEPTEMBER_4_2017), events.get(TIMELINE_SUMMER_2017), events.get(TIMELINE_FALL_2017));
        assertThat(search("q", "shivon", "type", "message")).isEmpty();
    }

    @Test
    void aMinusExcludesRecordsWithThatWord() {
        List<String> discussions = ids(search("q", "discussions", "type", "message"));
        List<String> withoutStraw = ids(search("q", "discussions -straw", "type", "message"));

        assertThat(discussions).containsExactlyInAnyOrder(messages.get(BIWEEKLY_ILYA), messages.get(BUSINESS_OF_AGI_ILYA),
                messages.get(CURRENT_STATE_ELON), messages.get(HONEST_ILYA), messages.get(HONEST_ELON_FINAL_STRAW),
                messages.get(HONEST_ELON_TO_BE_CLEAR));
        assertThat(withoutStraw).doesNotContain(messages.get(HONEST_ELON_FINAL_STRAW))
                .containsExactlyInAnyOrderElementsOf(discussions.stream()
                        .filter(id -> !id.equals(messages.get(HONEST_ELON_FINAL_STRAW))).toList());
    }

    @Test
    void orFindsEitherPhrase() {
        List<Hit> hits = search("q", "\"final straw\" or \"triggering event\"", "type", "message");

        assertThat(hits).extracting(Hit::id).containsExactlyInAnyOrder(messages.get(HONEST_ELON_FINAL_STRAW),
                messages.get(TOMORROW_ELON));
    }

    @Test
    void marksTheMatchingWordsInTheSnippet() {
        assertThat(search("q", "\"final straw\"").get(0).snippet())
                .contains("Guys, I’ve had enough. This is the <mark>final</mark> <mark>straw</mark>.");
        assertThat(search("q", "\"triggering event\"", "type", "message").get(0).snippet())
                .contains("This is the <mark>triggering</mark> <mark>event</mark>");
    }

    @Test
    void escapesTheSourceTextOfTheSnippet() {
        // Line 504: "Unfortunately, humanity’s future is in the hands of <redacted>."
        Hit unfortunately = search("q", "unfortunately").get(0);
        assertThat(unfortunately.id()).isEqualTo(messages.get(REITERATE_ELON));
        assertThat(unfortunately.snippet())
                .contains("<mark>Unfortunately</mark>, humanity’s future is in the hands of &lt;redacted&gt;.")
                .doesNotContain("<redacted>");
        // Line 267: "strong & sensible morals"
        assertThat(search("q", "sensible morals").get(0).snippet()).contains("strong &amp; <mark>sensible</mark>");
    }

    @Test
    void snippetsHoldNoMarkupButMarks() {
        assertThat(search("q", "elon or redacted")).isNotEmpty().allSatisfy(hit -> assertThat(
                hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">"));
    }

    @Test
    void walkingThePagesOfABroadQueryReturnsEachHitOnceBestFirst() {
        List<Hit> walked = new ArrayList<>();
        String cursor = null;
        long total = -1;
        do {
            RequestSpecification request = given().queryParam("q", "openai").queryParam("limit", 4);
            Response page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(SEARCH);
            JsonPath body = page.then().statusCode(200).extract().jsonPath();
            total = body.getLong("total");
            assertThat(page.header("X-Total-Count")).isEqualTo(Long.toString(total));
            walked.addAll(body.getList("items", Hit.class));
            cursor = body.getString("nextCursor");
            assertThat(page.header("Link") != null).isEqualTo(cursor != null);
        } while (cursor != null && walked.size() <= 500);

        assertThat(walked).hasSize((int) total).extracting(hit -> hit.type() + ":" + hit.id()).doesNotHaveDuplicates();
        assertThat(walked).extracting(Hit::rank).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(walked).extracting(Hit::type).contains("message", "event");
        assertThat(walked).filteredOn(hit -> hit.type().equals("message"))
                .allSatisfy(hit -> assertThat(hit.sentAt()).isNotNull());
        assertThat(walked).filteredOn(hit -> hit.type().equals("event")).allSatisfy(hit -> assertThat(hit.start()).isNotNull());
        assertThat(walked).containsExactlyElementsOf(search("q", "openai"));
    }

    @ParameterizedTest(name = "q=\"{0}\"")
    @ValueSource(strings = {"", "   ", "the", "and of", "The AND of"})
    void refusesAQueryWithoutSearchableWords(String q) {
        assertRefusesQ(given().queryParam("q", q).get(SEARCH));
    }

    @Test
    void refusesAMissingQuery() {
        assertRefusesQ(given().queryParam("type", "message").get(SEARCH));
    }

    @ParameterizedTest
    @ValueSource(strings = {SEARCH, "/api/messages", "/api/events"})
    void aNulCharacterInQIsABadParameterNotAServerError(String path) {
        // PostgreSQL text cannot hold U+0000; the database refuses it, which must not surface as a 500.
        assertRefusesQ(given().queryParam("q", "board\u0000").get(path));
    }

    private static void assertRefusesQ(Response response) {
        response.then().statusCode(400).contentType("application/problem+json");
        assertThat(response.jsonPath().getList("errors.parameter", String.class)).containsExactly("q");
    }

    /** Every hit (one page of 500 holds them all in this document). */
    private static List<Hit> search(String... query) {
        RequestSpecification request = given().queryParam("limit", 500);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        JsonPath body = request.get(SEARCH).then().statusCode(200).extract().jsonPath();
        assertThat(body.getString("nextCursor")).isNull();
        return body.getList("items", Hit.class);
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).toList();
    }
}
