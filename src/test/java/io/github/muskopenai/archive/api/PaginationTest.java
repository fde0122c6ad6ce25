package io.github.muskopenai.archive.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Keyset paging: walking every page returns every record once, the headers agree with the body,
 * and a cursor only continues the query (filters and sort) that issued it.
 */
@QuarkusTest
class PaginationTest {

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    /** Records in the document: 22 messages, 6 people, 11 threads, 12 timeline items + 15 dated statements. */
    private static final int MESSAGES = 22;
    private static final int PEOPLE = 6;
    private static final int THREADS = 11;
    private static final int EVENTS = 27;
    private static final int ELON_SENT = MessageLines.FROM_ELON.size();

    static Stream<Arguments> listsAndLimits() {
        List<Arguments> lists = List.of(
                Arguments.of("/api/messages", MESSAGES, new String[0]),
                Arguments.of("/api/people", PEOPLE, new String[0]),
                Arguments.of("/api/threads", THREADS, new String[0]),
                Arguments.of("/api/events", EVENTS, new String[0]),
                Arguments.of("/api/messages", ELON_SENT, new String[] {"from", "elon", "sort", "-sentAt"}),
                Arguments.of("/api/people", PEOPLE, new String[] {"sort", "-messagesSent"}),
                Arguments.of("/api/threads", THREADS, new String[] {"sort", "-lastSentAt"}),
                Arguments.of("/api/events", EVENTS, new String[] {"sort", "-start"}));
        return lists.stream().flatMap(list -> IntStream.rangeClosed(1, 7)
                .mapToObj(limit -> Arguments.of(list.get()[0], list.get()[1], list.get()[2], limit)));
    }

    @ParameterizedTest(name = "{0} {2} limit={3}")
    @MethodSource("listsAndLimits")
    void walkingEveryPageReturnsEveryRecordOnce(String path, int expectedTotal, String[] query, int limit) {
        List<String> walked = new ArrayList<>();
        Response page = Pages.with(query).queryParam("limit", limit).get(path);
        for (int pages = 0; pages <= expectedTotal; pages++) {
            JsonPath body = page.then().statusCode(200).extract().jsonPath();
            List<String> ids = body.getList("items.id", String.class);
            String nextCursor = body.getString("nextCursor");
            walked.addAll(ids);
            assertThat(body.getLong("total")).isEqualTo(expectedTotal);
            assertThat(page.header("X-Total-Count")).isEqualTo(String.valueOf(expectedTotal));
            assertThat(body.getInt("limit")).isEqualTo(limit);
            if (nextCursor == null) {
                assertThat(page.header("Link")).as("Link on the last page").isNull();
                break;
            }
            assertThat(ids).hasSize(limit);
            String next = nextLink(page);
            assertThat(queryParameter(next, "cursor")).as("cursor in Link").isEqualTo(nextCursor);
            page = given().urlEncodingEnabled(false).get(next);
        }
        assertThat(walked).doesNotHaveDuplicates().hasSize(expectedTotal)
                .containsExactlyElementsOf(Pages.with(query).queryParam("limit", 500).get(path)
                        .then().statusCode(200).extract().jsonPath().getList("items.id", String.class));
    }

    @Test
    void pagesBy50WhenNoLimitIsGiven() {
        Response page = given().get("/api/events");
        JsonPath body = page.then().statusCode(200).extract().jsonPath();
        assertThat(body.getInt("limit")).isEqualTo(50);
        assertThat(body.getList("items")).hasSize(EVENTS);
        assertThat(body.getString("nextCursor")).isNull();
        assertThat(page.header("Link")).isNull();
        assertThat(page.header("X-Total-Count")).isEqualTo(String.valueOf(EVENTS));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 500})
    void acceptsLimitsAtTheBounds(int limit) {
        JsonPath body = given().queryParam("limit", limit).get("/api/messages").then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("items")).hasSize(Math.min(limit, MESSAGES));
    }

    @Test
    void continuesWithAnotherLimitBecauseTheCursorBindsFiltersAndSortOnly() {
        List<String> all = idsOf(given().queryParam("from", "elon").queryParam("limit", 500).get("/api/messages"));
        String cursor = cursorOf(given().queryParam("from", "elon").queryParam("limit", 3).get("/api/messages"));
        List<String> next = idsOf(given().queryParam("from", "elon").queryParam("limit", 5).queryParam("cursor", cursor)
                .get("/api/messages"));
        assertThat(next).containsExactlyElementsOf(all.subList(3, 8));
    }

    @Test
    void refusesCursorReusedWithOtherFilters() {
        String cursor = cursorOf(given().queryParam("from", "elon").queryParam("limit", 3).get("/api/messages"));
        assertRefused(given().queryParam("from", "gdb").queryParam("limit", 3).queryParam("cursor", cursor), "/api/messages");
        assertRefused(given().queryParam("limit", 3).queryParam("cursor", cursor), "/api/messages");
        assertRefused(given().queryParam("from", "elon").queryParam("redacted", "true").queryParam("cursor", cursor),
                "/api/messages");
    }

    @Test
    void refusesCursorReusedWithAnotherSort() {
        String cursor = cursorOf(given().queryParam("limit", 2).get("/api/threads"));
        assertRefused(given().queryParam("limit", 2).queryParam("sort", "-firstSentAt").queryParam("cursor", cursor),
                "/api/threads");
        String messages = cursorOf(given().queryParam("limit", 2).queryParam("sort", "-sentAt").get("/api/messages"));
        assertRefused(given().queryParam("limit", 2).queryParam("sort", "sentAt").queryParam("cursor", messages),
                "/api/messages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/people", "/api/threads", "/api/events"})
    void refusesCursorOfAnotherList(String otherList) {
        String cursor = cursorOf(given().queryParam("limit", 2).get("/api/messages"));
        assertRefused(given().queryParam("limit", 2).queryParam("cursor", cursor), otherList);
    }

    @Test
    void refusesCorruptCursor() {
        String cursor = cursorOf(given().queryParam("limit", 2).get("/api/messages"));
        for (String corrupt : Arrays.asList("not-a-cursor", cursor.substring(0, cursor.length() / 2), cursor + "x!",
                "eyJoZWxsbyI6IndvcmxkIn0")) {
            assertRefused(given().queryParam("limit", 2).queryParam("cursor", corrupt), "/api/messages");
        }
    }

    private static void assertRefused(RequestSpecification request, String path) {
        Response response = request.get(path);
        assertThat(response.statusCode()).as("status of a foreign or corrupt cursor on %s", path).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("errors.parameter", String.class)).containsExactly("cursor");
    }

    private static String cursorOf(Response response) {
        String cursor = response.then().statusCode(200).extract().jsonPath().getString("nextCursor");
        assertThat(cursor).as("a first page with a next page").isNotNull();
        return cursor;
    }

    private static List<String> idsOf(Response response) {
        return response.then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static String nextLink(Response page) {
        String link = page.header("Link");
        assertThat(link).as("Link header of a page with a next page").isNotNull();
        Matcher matcher = NEXT_LINK.matcher(link);
        assertThat(matcher.find()).as("rel=\"next\" in %s", link).isTrue();
        return matcher.group(1);
    }

    private static String queryParameter(String url, String name) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .filter(p -> p[0].equals(name)).map(p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }
}
