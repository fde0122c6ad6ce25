package io.github.muskopenai.archive.api.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET /api/timeline against the TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html):
 * a title slide and one slide per event, dates split only as far as the document states them.
 */
@QuarkusTest
class TimelineJsTest {

    /** The slide keys TimelineJS3 reads; anything else would be ignored or misread. */
    private static final Set<String> SLIDE_KEYS = Set.of("start_date", "end_date", "text", "media", "group",
            "display_date", "background", "autolink", "unique_id");
    private static final Set<String> DATE_KEYS = Set.of("year", "month", "day", "hour", "minute", "second",
            "millisecond", "display_date", "format");
    private static final int EVENTS = 27;
    private static final int TIMELINE_ITEMS = 12;
    private static final int NARRATIVE_STATEMENTS = 15;

    private Map<Integer, String> events;

    /** Per test: RestAssured points at the test server only once a test runs, not in @BeforeAll. */
    @BeforeEach
    void lookUpIds() {
        events = SourceLines.eventIds();
    }

    @Test
    void followsTheTimelineJs3Format() {
        JsonPath timeline = timeline();
        Map<String, Object> title = timeline.getMap("title");
        List<Map<String, Object>> slides = timeline.getList("events");

        assertThat(SLIDE_KEYS).containsAll(title.keySet());
        assertThat(timeline.getString("title.text.headline")).isEqualTo("Elon Musk wanted an OpenAI for-profit");
        assertThat(slides).hasSize(EVENTS).allSatisfy(slide -> {
            assertThat(SLIDE_KEYS).containsAll(slide.keySet());
            assertDate(slide.get("start_date"));
            if (slide.containsKey("end_date")) {
                assertDate(slide.get("end_date"));
            }
            assertThat(slide.get("display_date")).isInstanceOf(String.class);
            assertThat(text(slide)).containsOnlyKeys("headline", "text");
            assertThat((String) text(slide).get("headline")).isNotBlank();
            assertThat(slide.get("group")).isIn("timeline", "narrative");
        });
        assertThat(slides).extracting(slide -> slide.get("unique_id")).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void hasOneSlidePerEventWithTheEventIdAndKind() {
        List<Map<String, Object>> slides = timeline().getList("events");
        JsonPath list = given().queryParam("limit", 500).get("/api/events").jsonPath();

        assertThat(slides).extracting(slide -> slide.get("unique_id"))
                .containsExactlyInAnyOrderElementsOf(list.getList("items.id", String.class));
        for (Map<String, Object> event : list.<Map<String, Object>>getList("items")) {
            assertThat(slides).filteredOn(slide -> slide.get("unique_id").equals(event.get("id")))
                    .singleElement().satisfies(slide -> assertThat(slide.get("group")).isEqualTo(event.get("kind")));
        }
    }

    static Stream<Arguments> datesAsWritten() {
        return Stream.of(
                // line, date text as written, start year/month/day, end year/month (null: no end_date)
                Arguments.of(16, "November 2015", List.of(2015, 11), null),
                Arguments.of(17, "December 2015", List.of(2015, 12), null),
                Arguments.of(18, "Early 2017", List.of(2017, 1), List.of(2017, 4)),
                Arguments.of(19, "Summer 2017", List.of(2017, 6), List.of(2017, 8)),
                Arguments.of(20, "Fall 2017", List.of(2017, 9), List.of(2017, 11)),
                Arguments.of(22, "September 2017", List.of(2017, 9), null),
                Arguments.of(27, "March 2023", List.of(2023, 3), null),
                Arguments.of(36, "November 20, 2015", List.of(2015, 11, 20), null),
                Arguments.of(198, "July 13th, 2017", List.of(2017, 7, 13), null),
                Arguments.of(204, "July 21st, 2017", List.of(2017, 7, 21), null),
                Arguments.of(287, "September 15, 2017", List.of(2017, 9, 15), null),
                Arguments.of(529, "March 22, 2023", List.of(2023, 3, 22), null));
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("datesAsWritten")
    void splitsDatesOnlyAsFarAsTheSourceStatesThem(int line, String dateText, List<Integer> start, List<Integer> end) {
        Map<String, Object> slide = slide(events.get(line));

        assertThat(slide.get("display_date")).isEqualTo(dateText);
        assertThat(parts(slide.get("start_date"))).isEqualTo(start);
        if (end == null) {
            assertThat(slide).doesNotContainKey("end_date");
        } else {
            assertThat(parts(slide.get("end_date"))).isEqualTo(end);
        }
    }

    @Test
    void slidesAreInChronologicalOrder() {
        List<LocalDate> starts = timeline().<Map<String, Object>>getList("events").stream().map(slide -> {
            List<Integer> date = parts(slide.get("start_date"));
            return LocalDate.of(date.get(0), date.size() > 1 ? date.get(1) : 1, date.size() > 2 ? date.get(2) : 1);
        }).toList();

        assertThat(starts).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void kindKeepsOnlyThatGroup() {
        assertThat(given().queryParam("kind", "timeline").get("/api/timeline").jsonPath().getList("events.group"))
                .hasSize(TIMELINE_ITEMS).containsOnly("timeline");
        assertThat(given().queryParam("kind", "narrative").get("/api/timeline").jsonPath().getList("events.group"))
                .hasSize(NARRATIVE_STATEMENTS).containsOnly("narrative");
        given().queryParam("kind", "email").get("/api/timeline").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void headlinesAndTextAreEscapedSourceText() {
        // Line 22, cleaned of its line-wrap "1. ": the apostrophe must survive as text.
        assertThat(unescape((String) text(slide(events.get(22))).get("headline"))).isEqualTo("We rejected Elon's terms"
                + " because giving him unilateral control of OpenAI and its technology would be contrary to the mission");
        // Line 36, verbatim.
        assertThat(unescape(plain((String) text(slide(events.get(36))).get("text")))).startsWith("On November 20, 2015,"
                + " Elon said: “Also, the structure doesn't seem optimal…. Probably better to have a standard C corp"
                + " with a parallel nonprofit.” We felt a nonprofit was the right path at the time");
        assertThat(timeline().<Map<String, Object>>getList("events")).allSatisfy(slide -> {
            assertThat((String) text(slide).get("headline")).doesNotContain("<", ">");
            assertThat(plain((String) text(slide).get("text"))).doesNotContain("<", ">");
        });
    }

    private static JsonPath timeline() {
        return given().get("/api/timeline").then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static Map<String, Object> slide(String eventId) {
        return timeline().<Map<String, Object>>getList("events").stream().filter(s -> eventId.equals(s.get("unique_id")))
                .findFirst().orElseThrow(() -> new AssertionError("no slide for " + eventId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> text(Map<String, Object> slide) {
        return (Map<String, Object>) slide.get("text");
    }

    /** year, month, day as numbers; TimelineJS3 takes each as a string or a number. */
    private static List<Integer> parts(Object date) {
        Map<?, ?> map = (Map<?, ?>) date;
        return Stream.of("year", "month", "day").filter(map::containsKey)
                .map(key -> Integer.valueOf(map.get(key).toString())).toList();
    }

    private static void assertDate(Object date) {
        assertThat(date).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) date;
        assertThat(DATE_KEYS).containsAll(map.keySet().stream().map(Object::toString).toList());
        assertThat(map.get("year")).as("year is required").isNotNull();
        map.values().forEach(v -> assertThat(v.toString()).matches("\\d{1,4}"));
        assertThat(!map.containsKey("day") || map.containsKey("month")).as("a day only with its month").isTrue();
        List<Integer> parts = parts(date);
        assertThat(LocalDate.of(parts.get(0), parts.size() > 1 ? parts.get(1) : 1, parts.size() > 2 ? parts.get(2) : 1))
                .isNotNull();
    }

    /** The text of an HTML fragment whose only markup is p, br and small. */
    private static String plain(String html) {
        return html.replaceAll("</?(p|small)>|<br>", " ").strip();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
