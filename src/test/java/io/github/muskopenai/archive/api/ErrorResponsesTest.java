package io.github.muskopenai.archive.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.muskopenai.archive.api.ApiViews.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every error is an RFC 9457 problem: 400 naming the offending parameter, 404 for unknown ids and
 * paths, 405 with Allow, 406 for an Accept the endpoint cannot produce; never internals.
 */
@QuarkusTest
class ErrorResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    /** Text that would betray a stack trace, a Java class or SQL. */
    private static final List<String> INTERNALS = List.of("Exception", "java.", "org.", "SELECT", "select ", "\tat ");
    private static final String MESSAGE_SOURCE = "/api/messages/{id}/source";
    private static final String ELON = "/api/people/elon-musk";
    private static final String HONEST_THOUGHTS = "/api/threads/honest-thoughts";

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                invalid("/api/messages", "after", "after", "2017-13-01"),
                invalid("/api/messages", "after", "after", "2017-02-30"),
                invalid("/api/messages", "after", "after", "2017-09-20T14:17Z"),
                invalid("/api/messages", "before", "before", "2017-09-20T14:17+01:00"),
                invalid("/api/messages", "before", "before", "20 September 2017"),
                invalid("/api/threads", "after", "after", "2017-09-20T14:17Z"),
                invalid("/api/events", "after", "after", "2017-09-01T00:00"),
                invalid("/api/messages", "limit", "limit", "0"),
                invalid("/api/messages", "limit", "limit", "501"),
                invalid("/api/people", "limit", "limit", "ten"),
                invalid("/api/messages", "sort", "sort", "date"),
                invalid("/api/people", "sort", "sort", "age"),
                invalid("/api/threads", "sort", "sort", "-position"),
                invalid("/api/events", "sort", "sort", "end"),
                invalid("/api/messages", "from", "from", "nobody"),
                invalid("/api/messages", "to", "to", "nobody"),
                invalid("/api/messages", "cc", "cc", "nobody"),
                invalid("/api/messages", "participant", "participant", "nobody"),
                invalid("/api/messages", "from", "from", "elon", "from", "nobody"),
                invalid("/api/threads", "participant", "participant", "nobody"),
                invalid("/api/events", "person", "person", "nobody"),
                invalid("/api/messages", "thread", "thread", "no-such-thread"),
                invalid("/api/messages", "cursor", "cursor", "not-a-cursor"),
                invalid("/api/messages", "q", "q", "the"),
                invalid("/api/messages", "q", "q", "   "),
                invalid("/api/events", "q", "q", "the and of"),
                invalid("/api/messages", "quoted", "quoted", "maybe"),
                invalid("/api/messages", "redacted", "redacted", "yes"),
                invalid("/api/people", "role", "role", "boss"),
                invalid("/api/events", "kind", "kind", "meeting"),
                invalid("/api/messages", "foo", "foo", "1"),
                invalid("/api/corpus", "x", "x", "1"),
                invalid(ELON, "x", "x", "1"),
                invalid("/api/messages", "limit", "limit", "1", "limit", "2"),
                invalid("/api/messages", "sort", "sort", "sentAt", "sort", "-sentAt"),
                invalid("/api/events", "q", "q", "Tesla", "q", "xAI"));
    }

    /** Empty values: not a number, not a date, nobody, empty q. */
    static Stream<Arguments> emptyParameters() {
        return Stream.of(
                invalid("/api/messages", "q", "q", ""),
                invalid("/api/messages", "limit", "limit", ""),
                invalid("/api/messages", "after", "after", ""),
                invalid("/api/messages", "from", "from", ""));
    }

    @ParameterizedTest(name = "{0} {2} -> 400 naming {1}")
    @MethodSource("invalidParameters")
    void returns400NamingTheInvalidParameter(String path, String parameter, String[] query) {
        assertProblem(Pages.with(query).get(path), 400).satisfies(p -> assertThat(p.errors())
                .extracting(ApiViews.ParameterError::parameter).contains(parameter));
    }

    @ParameterizedTest(name = "{0} {2} -> 400 naming {1}")
    @MethodSource("emptyParameters")
    void returns400ForEmptyParameterValues(String path, String parameter, String[] query) {
        assertProblem(Pages.with(query).get(path), 400).satisfies(p -> assertThat(p.errors())
                .extracting(ApiViews.ParameterError::parameter).contains(parameter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/messages", "/api/threads", "/api/events"})
    void returns400WhenAfterIsNotBeforeBefore(String path) {
        for (String before : List.of("2018-01-01", "2017-12-31")) {
            assertProblem(given().queryParam("after", "2018-01-01").queryParam("before", before).get(path), 400)
                    .satisfies(p -> assertThat(p.errors()).extracting(ApiViews.ParameterError::parameter)
                            .containsAnyOf("after", "before"));
        }
    }

    /**
     * The people, threads and search words of a list are checked by the statement that reads the
     * page: every value that finds nothing is reported, in the order of the parameters, and a
     * value that names somebody (Elon, an alias, in any case) is not.
     */
    @Test
    void reportsEveryValueThatFindsNothingAtOnce() {
        for (String format : List.of("json", "csv")) {
            assertProblem(Pages.with("from", "nobody", "to", "ELON", "cc", "Nobody Else", "thread", "no-such-thread",
                    "q", "the", "format", format).get("/api/messages"), 400)
                    .satisfies(p -> assertThat(p.errors()).as("errors of format=%s", format)
                            .containsExactly(
                                    new ApiViews.ParameterError("from", "no person has the id, name or alias \"nobody\""),
                                    new ApiViews.ParameterError("cc", "no person has the id, name or alias \"Nobody Else\""),
                                    new ApiViews.ParameterError("thread", "no thread has the id \"no-such-thread\""),
                                    new ApiViews.ParameterError("q", "\"the\" has no searchable words"
                                            + " (empty, or only stop words such as \"the\")")));
            assertProblem(Pages.with("person", "nobody", "person", "Sam Altman", "q", "of", "format", format)
                    .get("/api/events"), 400)
                    .satisfies(p -> assertThat(p.errors()).extracting(ApiViews.ParameterError::parameter)
                            .as("errors of format=%s", format).containsExactly("person", "q"));
        }
    }

    @Test
    void ignoresParametersStartingWithUnderscore() {
        given().queryParam("_", "1700000000").queryParam("_cacheBust", "x").get("/api/messages")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/messages/0000000000000000", "/api/people/nobody", "/api/threads/no-such-thread",
            "/api/events/no-such-event", "/api/messages/0000000000000000/source", "/api/no-such-collection",
            ELON + "/no-such-part"})
    void returns404ForUnknownIdOrPath(String path) {
        assertProblem(given().get(path), 404);
    }

    @Test
    void returns405WithAllowForWrites() {
        assertMethodNotAllowed(given().contentType("application/json").body("{}").post("/api/messages"));
        assertMethodNotAllowed(given().contentType("application/json").body("{}").put(ELON));
        assertMethodNotAllowed(given().delete(HONEST_THOUGHTS));
        assertMethodNotAllowed(given().delete("/api/events"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/people", "/api/messages", HONEST_THOUGHTS, "/api/corpus"})
    void returns406ForXml(String path) {
        assertProblem(given().accept("application/xml").get(path), 406);
    }

    @Test
    void returns406ForJsonFromThePlainTextSource() {
        String id = given().queryParam("limit", 1).get("/api/messages").then().statusCode(200).extract().jsonPath()
                .getString("items[0].id");
        assertProblem(given().accept("application/json").get(MESSAGE_SOURCE, id), 406);
    }

    private static void assertMethodNotAllowed(Response response) {
        assertProblem(response, 405);
        assertThat(response.header("Allow")).as("Allow header").isNotNull().contains("GET");
    }

    private static org.assertj.core.api.ObjectAssert<Problem> assertProblem(Response response, int status) {
        String body = response.asString();
        assertThat(response.statusCode()).as("status; body: %.300s", body).isEqualTo(status);
        assertThat(response.contentType()).as("content type").startsWith(PROBLEM_JSON);
        assertThat(body).as("error body").doesNotContain(INTERNALS);
        Problem problem = response.jsonPath().getObject("$", Problem.class);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.type()).isNotBlank();
        assertThat(problem.title()).isNotBlank();
        assertThat(problem.detail()).isNotBlank();
        return assertThat(problem);
    }

    private static Arguments invalid(String path, String parameter, String... query) {
        return Arguments.of(path, parameter, query);
    }
}
