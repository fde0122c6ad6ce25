package io.github.muskopenai.archive.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.muskopenai.archive.resilience.Api.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * When the database goes away the API fails fast with 503 problems and reports itself not ready;
 * when the database comes back, the API serves again by itself, without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    /** Two lists (a transaction each) and a person by id (one statement without a transaction). */
    private static final List<String> PATHS = List.of("/api/messages", "/api/people", "/api/people/elon-musk");
    private static final String READY = "/q/health/ready";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** The pools give up on a connection after 1 s (acquisition-timeout); an answer may take two attempts. */
    private static final long FAIL_FAST_MS = 2_000;
    private static final long RECOVERY_LIMIT_MS = 10_000;
    private static final int ATTEMPTS_WHILE_DOWN = 3;

    @TestHTTPResource("/")
    URI root;

    private Api api;
    private PostgresControl postgres;

    @BeforeEach
    void findTheServer() throws Exception {
        api = new Api(root);
        postgres = new PostgresControl();
    }

    @AfterEach
    void restartTheServerIfAnythingLeftItDown() throws Exception {
        if (!postgres.isRunning()) {
            postgres.start();
        }
        awaitStatus200("/api/corpus");
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
        for (String path : PATHS) {
            assertThat(api.get(path).status()).as("%s before the outage", path).isEqualTo(200);
        }
        try {
            postgres.stop();

            for (int attempt = 1; attempt <= ATTEMPTS_WHILE_DOWN; attempt++) {
                for (String path : PATHS) {
                    assertFailsFastWith503(path, attempt);
                }
            }
            long readyStart = System.nanoTime();
            Answer ready = api.get(READY);
            System.out.printf("outage: GET %s answered %d in %d ms: %s%n", READY, ready.status(), millisSince(readyStart),
                    ready.body());
            assertThat(ready.status()).as(READY + " while the database is down").isEqualTo(503);
            assertThat(ready.json().get("status").asText()).isEqualTo("DOWN");
        } finally {
            postgres.start();
        }

        long restarted = System.nanoTime();
        long recovered = awaitStatus200(PATHS.get(0));
        System.out.printf("outage: GET %s answered 200 again %d ms after the database was back%n", PATHS.get(0), recovered);
        assertThat(recovered).as("ms until the API answered 200 again").isLessThanOrEqualTo(RECOVERY_LIMIT_MS);
        for (String path : PATHS) {
            assertThat(api.get(path).status()).as("%s after the outage", path).isEqualTo(200);
        }
        Answer ready = api.get(READY);
        assertThat(ready.status()).as(READY + " after the outage: " + ready.body()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        System.out.printf("outage: %s UP %d ms after the database was back%n", READY, millisSince(restarted));
    }

    /**
     * A CSV export is another representation of the same lists: while the database is down it must
     * fail like the JSON one, not answer 200 with a well-formed export of zero rows.
     */
    @Test
    void csvExportsAnswer503WhileTheDatabaseIsDown() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        try {
            postgres.stop();
            answers.put("/api/messages (Accept: text/csv)", api.get("/api/messages", "text/csv"));
            answers.put("/api/events?format=csv", api.get("/api/events?format=csv", "*/*"));
        } finally {
            postgres.start();
        }

        answers.forEach((request, answer) -> System.out.printf("outage: GET %s answered %d %s: %s%n", request,
                answer.status(), answer.contentType(), answer.body().strip()));
        assertSoftly(softly -> answers.forEach((request, answer) -> {
            softly.assertThat(answer.status()).as("GET %s while the database is down: %s", request, answer.body())
                    .isEqualTo(503);
            softly.assertThat(answer.contentType()).as(request).startsWith(PROBLEM_JSON);
        }));
    }

    private void assertFailsFastWith503(String path, int attempt) {
        long start = System.nanoTime();
        Answer answer = api.get(path);
        long millis = millisSince(start);
        System.out.printf("outage: GET %s (attempt %d) answered %d %s in %d ms%n", path, attempt, answer.status(),
                answer.contentType(), millis);
        assertThat(answer.status()).as("%s while the database is down: %s", path, answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).as(path).startsWith(PROBLEM_JSON);
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(millis).as("ms for %s to answer while the database is down", path).isLessThan(FAIL_FAST_MS);
    }

    /** Polls {@code path} until it answers 200; returns how many ms that took (or more than the limit). */
    private long awaitStatus200(String path) throws InterruptedException {
        long start = System.nanoTime();
        while (millisSince(start) <= RECOVERY_LIMIT_MS) {
            if (api.get(path).status() == 200) {
                return millisSince(start);
            }
            Thread.sleep(100);
        }
        return millisSince(start);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
