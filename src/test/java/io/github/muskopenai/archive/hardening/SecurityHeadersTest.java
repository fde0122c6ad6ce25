package io.github.muskopenai.archive.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The headers every answer carries (nosniff everywhere, a locked-down CSP and no framing under
 * /api), the request limits (no bodies, long parameters, the page-size cap) and clean problems
 * for what falls outside them; HEAD answers wherever GET does.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    /** As configured in application.properties for /api/*. */
    private static final String CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final int MAX_LIMIT = 500;
    private static final int ONE_MIB = 1 << 20;
    /** Far over the 500-character cap on values, well under the 64 KiB request line. */
    private static final int LONG_VALUE = 20_000;
    private static final String MESSAGE = "/api/messages/3a2e690e9cfd2e1a";
    private static final String ELON = "/api/people/elon-musk";
    private static final String HONEST_THOUGHTS = "/api/threads/honest-thoughts";
    private static final String EVENT = "/api/events/2017-09-12-elon-laid-out-a-board";
    private static final String SEARCH = "/api/search?q=equity";

    @ParameterizedTest
    @ValueSource(strings = {"/api/messages", "/api/people", "/api/threads", "/api/events", "/api/corpus", "/api/timeline",
        "/api/graph", SEARCH, MESSAGE, ELON, HONEST_THOUGHTS, EVENT, "/api/messages?limit=0", "/api/people/nobody",
        "/api/no-such-collection", "/q/openapi?format=json", "/q/health"})
    void everyJsonAnswerForbidsSniffing(String path) {
        Response response = given().get(path);
        assertThat(response.contentType()).as("%s content type", path).containsAnyOf("json");
        assertThat(response.header("X-Content-Type-Options")).as("%s X-Content-Type-Options", path).isEqualTo("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/messages", "/api/messages?format=csv", MESSAGE + "/source", EVENT, SEARCH,
        "/api/messages?limit=0", "/api/no-such-collection"})
    void apiAnswersForbidFramingAndLoadingAnything(String path) {
        assertApiHeaders(given().get(path), path);
    }

    @Test
    void apiErrorsOutsideTheResourcesCarryTheSameHeaders() {
        assertApiHeaders(given().contentType("application/json").body("{}").post("/api/messages"), "POST /api/messages");
        assertApiHeaders(given().accept("application/xml").get("/api/people"), "XML from /api/people");
    }

    @Test
    void getIgnoresARequestBody() {
        long total = given().get("/api/messages").then().statusCode(200).extract().jsonPath().getLong("total");
        Response withBody = given().contentType("application/json").body("{\"limit\": 1, \"q\": \"the\"}").get("/api/messages");
        assertThat(withBody.statusCode()).isEqualTo(200);
        assertThat(withBody.jsonPath().getLong("total")).as("total with an ignored body").isEqualTo(total);
        assertThat(withBody.jsonPath().getInt("limit")).as("page size with an ignored body").isEqualTo(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "GET"})
    void aOneMebibyteBodyIsRefusedWithoutAServerError(String method) {
        Response response;
        try {
            response = given().contentType("application/json").body("x".repeat(ONE_MIB)).request(method, "/api/messages");
        } catch (Exception e) {
            // The server may answer 413 and close the connection before the client has sent it all:
            // a refusal, not a server error. (RestAssured rethrows the SocketException unwrapped.)
            assertThat(rootCause(e)).as("%s with a 1 MiB body", method).isInstanceOf(java.net.SocketException.class);
            return;
        }
        assertThat(response.statusCode()).as("%s with a 1 MiB body", method).isIn(405, 413);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "from", "thread", "cursor", "after"})
    void aLongParameterValueIsA400NamingIt(String parameter) {
        assertBadParameter(given().queryParam(parameter, "x".repeat(LONG_VALUE)).get("/api/messages"), parameter);
    }

    @Test
    void aValueNearTheRequestLineLimitIsStillA400NamingIt() {
        assertBadParameter(given().queryParam("q", "x".repeat(60_000)).get("/api/messages"), "q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/messages", "/api/people", "/api/threads", "/api/events", SEARCH})
    void pageSizeIsCappedAt500(String path) {
        Response largest = given().queryParam("limit", MAX_LIMIT).get(path);
        assertThat(largest.statusCode()).as("%s limit=%d", path, MAX_LIMIT).isEqualTo(200);
        assertThat(largest.jsonPath().getInt("limit")).isEqualTo(MAX_LIMIT);
        assertBadParameter(given().queryParam("limit", MAX_LIMIT + 1).get(path), "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/no-such-collection", "/api/messages/3a2e690e9cfd2e1a/no-such-part", "/api/people/elon-musk/x/y",
        "/api/", "/no-such-page", "/api/messages/..%2F..%2Fetc%2Fpasswd"})
    void unknownPathsAreProblem404s(String path) {
        Response response = given().urlEncodingEnabled(false).get(path);
        assertThat(response.statusCode()).as("%s status", path).isEqualTo(404);
        assertThat(response.contentType()).as("%s content type", path).startsWith(PROBLEM_JSON);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/messages", "/api/messages?format=csv", "/api/events?format=csv", MESSAGE, MESSAGE + "/source",
        "/api/people", ELON, "/api/threads", HONEST_THOUGHTS, "/api/events", EVENT, "/api/corpus", "/api/timeline",
        "/api/graph", SEARCH, "/api/people/nobody", "/api/messages?limit=0"})
    void headAnswersWhereverGetDoes(String path) {
        Response get = given().get(path);
        Response head = given().head(path);
        assertThat(head.statusCode()).as("HEAD %s", path).isEqualTo(get.statusCode());
        assertThat(head.contentType()).as("HEAD %s content type", path).isEqualTo(get.contentType());
        for (String header : List.of("ETag", "X-Total-Count", "Cache-Control", "X-Content-Type-Options")) {
            assertThat(head.header(header)).as("HEAD %s %s", path, header).isEqualTo(get.header(header));
        }
        assertThat(head.asByteArray()).as("HEAD %s body", path).isEmpty();
    }

    private static void assertApiHeaders(Response response, String what) {
        assertThat(response.header("Content-Security-Policy")).as("%s Content-Security-Policy", what).isEqualTo(CSP);
        assertThat(response.header("X-Frame-Options")).as("%s X-Frame-Options", what).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).as("%s X-Content-Type-Options", what).isEqualTo("nosniff");
    }

    private static void assertBadParameter(Response response, String parameter) {
        assertThat(response.statusCode()).as("status; body %.300s", response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
        assertThat(response.jsonPath().getList("errors.parameter", String.class)).contains(parameter);
    }
}
