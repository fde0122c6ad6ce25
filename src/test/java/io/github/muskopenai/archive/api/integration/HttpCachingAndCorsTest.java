package io.github.muskopenai.archive.api.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Conditional GETs (ETag, If-None-Match, 304) on every kind of answer, no-store on errors, and CORS
 * for a browser app on an origin the API has never heard of.
 */
@QuarkusTest
class HttpCachingAndCorsTest {

    private static final String CACHEABLE = "public, no-cache";
    private static final String ORIGIN = "https://timeline-viewer.example.net";
    private static final String MESSAGE_DETAIL = "/api/messages/{first}";

    @ParameterizedTest
    @ValueSource(strings = {"/api/messages?limit=2", MESSAGE_DETAIL, "/api/messages?format=csv&from=elon",
            "/api/events?format=csv", "/api/events?kind=timeline", "/api/threads/honest-thoughts", "/api/people/elon-musk",
            "/api/search?q=board", "/api/timeline", "/api/graph?after=2018-01-01", "/api/corpus"})
    void everyAnswerHasAnETagThatRevalidatesTo304(String path) {
        String url = resolve(path);
        Response first = given().get(url).then().statusCode(200).extract().response();
        String etag = first.header("ETag");

        assertThat(etag).matches("\"[^\"]+\"");
        assertThat(first.header("Cache-Control")).isEqualTo(CACHEABLE);

        Response again = given().header("If-None-Match", etag).get(url);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asByteArray()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(again.header("Cache-Control")).isEqualTo(CACHEABLE);
    }

    @Test
    void aListOfTagsOrAWeakTagAlsoMatches() {
        String etag = etag("/api/timeline");

        assertThat(given().header("If-None-Match", "\"something-else\", " + etag).get("/api/timeline").statusCode())
                .isEqualTo(304);
        assertThat(given().header("If-None-Match", "W/" + etag).get("/api/timeline").statusCode()).isEqualTo(304);
    }

    @Test
    void aStaleTagGetsTheWholeAnswer() {
        Response response = given().header("If-None-Match", "\"stale-tag\"").get("/api/graph");

        response.then().statusCode(200);
        assertThat(response.jsonPath().getList("nodes")).isNotEmpty();
        assertThat(response.header("ETag")).isNotEqualTo("\"stale-tag\"");
    }

    @Test
    void aDifferentRequestHasADifferentTag() {
        assertThat(etag("/api/messages?limit=1")).isNotEqualTo(etag("/api/messages?limit=2"))
                .isEqualTo(etag("/api/messages?limit=1"));
        assertThat(etag("/api/search?q=board")).isNotEqualTo(etag("/api/search?q=board&type=event"));
        String csv = given().accept("text/csv").get("/api/events").then().statusCode(200).extract().header("ETag");
        String json = given().accept("application/json").get("/api/events").then().statusCode(200).extract().header("ETag");
        assertThat(csv).isNotEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/messages?limit=0", "/api/search?q=the", "/api/messages/no-such-message",
            "/api/nothing-here"})
    void errorsAreNeverStored(String path) {
        Response response = given().get(path);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("ETag")).isNull();
    }

    @Test
    void ifNoneMatchStarDoesNotHideAnError() {
        // RFC 9110 13.1.2: "*" matches only when a current representation exists; a missing record has none.
        assertThat(given().header("If-None-Match", "*").get("/api/messages/no-such-message").statusCode()).isEqualTo(404);
        assertThat(given().header("If-None-Match", "*").get("/api/messages?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void answersAPreflightFromAnyOrigin() {
        Response preflight = given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match").options("/api/messages");

        assertThat(preflight.statusCode()).isIn(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isIn(ORIGIN, "*");
        assertThat(values(preflight, "Access-Control-Allow-Methods")).contains("GET");
        assertThat(values(preflight, "Access-Control-Allow-Headers")).contains("IF-NONE-MATCH");
    }

    @Test
    void exposesThePagingAndCachingHeadersToScripts() {
        Response response = given().header("Origin", ORIGIN).get("/api/messages?limit=1");

        response.then().statusCode(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isIn(ORIGIN, "*");
        assertThat(values(response, "Access-Control-Expose-Headers")).contains("LINK", "ETAG", "X-TOTAL-COUNT");
    }

    @Test
    void aConditionalRequestFromABrowserAppGetsCorsHeadersToo() {
        String etag = etag("/api/graph");
        Response response = given().header("Origin", ORIGIN).header("If-None-Match", etag).get("/api/graph");

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.header("Access-Control-Allow-Origin")).isIn(ORIGIN, "*");
    }

    @Test
    void anAnswerNamingTheOriginVariesByOrigin() {
        // A shared cache may keep these answers (public); one that echoes the origin must say it depends on it
        // (Fetch standard, CORS protocol and HTTP caches), or another origin is served this one's answer.
        Response response = given().header("Origin", ORIGIN).get("/api/timeline");

        if (ORIGIN.equals(response.header("Access-Control-Allow-Origin"))) {
            assertThat(values(response, "Vary")).contains("ORIGIN");
        }
    }

    private static String etag(String url) {
        return given().get(url).then().statusCode(200).extract().header("ETag");
    }

    /** The comma-separated values of a header, upper-cased. */
    private static List<String> values(Response response, String header) {
        return response.headers().getValues(header).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.strip().toUpperCase(Locale.ROOT)).toList();
    }

    private static String resolve(String path) {
        if (!path.equals(MESSAGE_DETAIL)) {
            return path;
        }
        String first = given().queryParam("limit", 1).get("/api/messages").jsonPath().getString("items[0].id");
        return "/api/messages/" + first;
    }
}
