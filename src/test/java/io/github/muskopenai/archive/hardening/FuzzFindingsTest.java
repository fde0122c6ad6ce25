package io.github.muskopenai.archive.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The smallest requests that reproduce what {@link ApiFuzzTest} found, one per cause, each held to
 * the API's promise: a bad parameter is a 400 naming it, a missing id a 404, never a 500, and
 * every error an {@code application/problem+json} problem.
 */
@QuarkusTest
class FuzzFindingsTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Ids and values with a NUL character (U+0000), which PostgreSQL text cannot hold. */
    private static final String NUL = "a%00b";

    @TestHTTPResource("/")
    URL root;

    /** No id holds a NUL, so it is a 400 naming the id or simply a 404; PostgreSQL text cannot hold it (a 500 once). */
    @ParameterizedTest
    @ValueSource(strings = {"/api/messages/", "/api/people/", "/api/threads/", "/api/events/"})
    void anIdWithANulCharacterIsA400NamingItOrA404(String collection) {
        assertBadIdOrMissing(given().urlEncodingEnabled(false).get(collection + NUL));
        assertThat(given().urlEncodingEnabled(false).head(collection + NUL).statusCode()).as("HEAD").isIn(400, 404);
    }

    @Test
    void theSourceOfAnIdWithANulCharacterIsA400NamingItOrA404() {
        assertBadIdOrMissing(given().urlEncodingEnabled(false).get("/api/messages/" + NUL + "/source"));
    }

    @ParameterizedTest(name = "{0}?{1}=a%00b")
    @CsvSource({"/api/search, q", "/api/messages, q", "/api/messages, from", "/api/messages, cc", "/api/messages, thread",
        "/api/events, q", "/api/events, person", "/api/threads, q", "/api/threads, participant", "/api/people, q"})
    void aQueryValueWithANulCharacterIsA400NamingIt(String path, String parameter) {
        Response response = given().urlEncodingEnabled(false).get(path + "?" + parameter + "=" + NUL);
        assertProblem(response, 400);
        assertThat(response.jsonPath().getList("errors.parameter", String.class)).contains(parameter);
    }

    /** Either bound alone filters, as on /api/messages (the fuzzer first met a 500 when only one was given). */
    @ParameterizedTest
    @CsvSource({"after, 2100-01-01", "before, 1900-01-01", "after, 2100-01-01T00:00", "before, 1900-01-01T00:00"})
    void threadsFilterByAfterOrBeforeAlone(String parameter, String outsideTheCorpus) {
        Response response = given().queryParam(parameter, outsideTheCorpus).get("/api/threads");
        assertThat(response.statusCode()).as("status; body %.300s", response.asString()).isEqualTo(200);
        assertThat(response.jsonPath().getLong("total")).as("threads with a message %s %s", parameter, outsideTheCorpus)
                .isZero();
    }

    /**
     * A cursor keeps its query's fingerprint readable, so anyone can forge one that passes the
     * fingerprint check; a sort key PostgreSQL cannot hold must still be a 400 naming cursor.
     */
    @ParameterizedTest(name = "{0} key {1} = {2}")
    @CsvSource(delimiter = '|', value = {"/api/messages|0|+999999999-12-31T23:59", "/api/messages|0|-999999999-01-01T00:00",
        "/api/events|0|-999999999-01-01", "/api/threads?sort=firstSentAt|0|+999999999-12-31T23:59",
        "/api/people|0|a\u0000b", "/api/messages|1|a\u0000b"})
    void aForgedCursorWithAnImpossibleSortKeyIsA400NamingCursor(String list, int key, String value) throws IOException {
        String separator = list.contains("?") ? "&" : "?";
        String cursor = given().urlEncodingEnabled(false).get(list + separator + "limit=1").then().statusCode(200).extract()
                .path("nextCursor");
        List<Object> parts = new ArrayList<>(JSON.readValue(Base64.getUrlDecoder().decode(cursor), List.class));
        parts.set(2 + key, value);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(parts));
        Response response = given().urlEncodingEnabled(false).get(list + separator + "cursor=" + forged);
        assertProblem(response, 400);
        assertThat(response.jsonPath().getList("errors.parameter", String.class)).contains("cursor");
    }

    /** A malformed Accept is no parameter; either 406 like other Accepts, or a 400 naming the header. */
    @ParameterizedTest
    @ValueSource(strings = {"garbage", "!!!", ";;;", "a/b/c"})
    void anUnparseableAcceptIsA406OrA400NamingIt(String accept) {
        Response response = given().header("Accept", accept).get("/api/messages");
        assertThat(response.statusCode()).as("status").isIn(400, 406);
        assertProblem(response, response.statusCode());
        if (response.statusCode() == 400) {
            assertThat(response.jsonPath().getList("errors.parameter", String.class)).contains("Accept");
        }
    }

    /** The CORS filter answers disallowed methods before the API: the same request without Origin is a 405 problem. */
    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void aCrossOriginWriteIsA405ProblemLikeAnyWrite(String method) {
        Response response = given().header("Origin", "https://app.example").request(method, "/api/messages");
        assertProblem(response, 405);
        assertThat(response.header("Allow")).as("Allow").contains("GET");
    }

    /**
     * Percent-encoding java.net.URI refuses to build, sent on a raw connection. Vert.x refuses the
     * request line before any handler of the application runs (a Router error handler never sees
     * it), so the answer is a bare 400 without a problem body or security headers; what the
     * application can promise is that it is a 400, never a 5xx.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/messages?q=%zz", "/api/messages?q=%", "/api/messages?q%G1=x", "/api/messages/%zz",
        "/api/people/%"})
    void malformedPercentEncodingIsA400NotAServerError(String target) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).as("%s answer", target).startsWith("HTTP/1.1 400 ");
        }
    }

    private static void assertBadIdOrMissing(Response response) {
        assertThat(response.statusCode()).as("status; body %.300s", response.asString()).isIn(400, 404);
        assertProblem(response, response.statusCode());
        if (response.statusCode() == 400) {
            assertThat(response.jsonPath().getList("errors.parameter", String.class)).containsExactly("id");
        }
    }

    private static void assertProblem(Response response, int status) {
        String body = response.asString();
        assertThat(response.statusCode()).as("status; body %.300s", body).isEqualTo(status);
        assertThat(response.contentType()).as("content type").startsWith(PROBLEM_JSON);
        if (!body.isEmpty()) {
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        }
    }
}
