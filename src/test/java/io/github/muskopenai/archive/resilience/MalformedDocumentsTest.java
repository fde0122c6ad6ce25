package io.github.muskopenai.archive.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.muskopenai.archive.ingest.ParseIssue;
import io.github.muskopenai.archive.load.CorpusLoader;
import io.github.muskopenai.archive.load.LoadMode;
import io.github.muskopenai.archive.load.LoadReport;
import io.github.muskopenai.archive.load.LoadReport.Outcome;
import io.github.muskopenai.archive.resilience.Api.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Whatever a document's bytes, a load either serves a consistent corpus or is refused with a
 * line-numbered error and leaves the served corpus exactly as it was: same version, same ETags,
 * same bytes. It never throws and never serves half a document.
 */
@QuarkusTest
class MalformedDocumentsTest {

    /** The answers compared before and after a refused load. */
    private static final List<String> SNAPSHOT = List.of("/api/messages?limit=500", "/api/events?limit=500",
            "/api/people", "/api/corpus");
    /** Each list and the key of its figure in GET /api/corpus counts. */
    private static final Map<String, String> LISTS = Map.of("/api/messages?limit=500", "messages",
            "/api/events?limit=500", "events", "/api/people?limit=500", "people", "/api/threads?limit=500", "threads");

    @Inject
    CorpusLoader loader;

    @TestHTTPResource("/")
    URI root;

    @TempDir
    Path dir;

    /** The version of the real document, loaded once by the first test of the class. */
    private static String realVersion;

    private Api api;

    static Stream<Mutation> mutations() {
        List<Mutation> all = Mutations.of(RealCorpus.bytes());
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        return all.stream();
    }

    @BeforeEach
    void serveTheRealCorpus() {
        api = new Api(root);
        if (realVersion == null) {
            realVersion = RealCorpus.restore(loader);
        }
    }

    @AfterEach
    void restoreTheRealCorpus() {
        if (!realVersion.equals(api.get("/api/corpus").json().get("version").asText())) {
            RealCorpus.restore(loader);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void loadsConsistentlyOrRefusesWithoutATrace(Mutation mutation) throws IOException {
        Map<String, Answer> before = snapshot();
        Path file = Files.write(dir.resolve(RealCorpus.NAME), mutation.bytes());

        LoadReport report = load(file, mutation);
        List<ParseIssue> issues = report.documents().get(0).issues();
        System.out.printf("mutation %-60s %-8s %s%n", mutation.kind(), report.outcome(),
                issues.isEmpty() ? "no issues" : issues.get(0));

        assertThat(report.outcome()).as(mutation.kind()).isIn(Outcome.LOADED, Outcome.REFUSED);
        if (report.outcome() == Outcome.REFUSED) {
            assertRefusedWithLineNumbers(report, mutation);
            assertThat(report.version()).as("the version a refused load reports as served").isEqualTo(realVersion);
            assertThat(snapshot()).as("what is served after the refused load of: %s", mutation.kind()).isEqualTo(before);
        } else {
            assertThat(mutation.expect()).as("%s loaded: %s", mutation.kind(), issues).isEqualTo(Mutation.Expect.EITHER);
            assertConsistent(report.version());
            // A refused load changed nothing (the snapshot above proves it): only a loaded one needs undoing.
            assertThat(RealCorpus.restore(loader)).isEqualTo(realVersion);
        }
        assertThat(api.get("/api/corpus").json().get("version").asText()).isEqualTo(realVersion);
    }

    private LoadReport load(Path file, Mutation mutation) {
        try {
            return loader.load(List.of(file), LoadMode.ALWAYS, line -> {
            });
        } catch (RuntimeException e) {
            return fail("loading \"" + mutation.kind() + "\" threw " + e, e);
        }
    }

    private static void assertRefusedWithLineNumbers(LoadReport report, Mutation mutation) {
        int lineCount = report.documents().get(0).lineCount();
        List<ParseIssue> errors = report.errors();
        assertThat(errors).as("errors of the refused %s", mutation.kind()).isNotEmpty()
                .allSatisfy(error -> assertThat(error.line()).as("line of %s (document of %d lines)", error, lineCount)
                        .isBetween(0, lineCount))
                .anySatisfy(error -> assertThat(error.line()).as("line of %s", error)
                        .isGreaterThanOrEqualTo(lineCount == 0 ? 0 : 1));
        if (mutation.expect() == Mutation.Expect.REFUSED_AT) {
            assertThat(errors).as("%s: an error on line %d", mutation.kind(), mutation.line())
                    .anySatisfy(error -> assertThat(error.line()).isEqualTo(mutation.line()));
        }
    }

    /** GET /api/corpus counts the same records as the lists, all of the loaded version. */
    private void assertConsistent(String version) {
        JsonNode corpus = api.get("/api/corpus").json();
        assertThat(corpus.get("version").asText()).isEqualTo(version);
        LISTS.forEach((path, kind) -> {
            Answer answer = api.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            JsonNode page = answer.json();
            long total = page.get("total").asLong();
            assertThat(page.get("items").size()).as("items of %s", path).isEqualTo(total);
            assertThat(answer.totalCount()).as("X-Total-Count of %s", path).isEqualTo(String.valueOf(total));
            assertThat(total).as("%s against counts.%s of /api/corpus", path, kind)
                    .isEqualTo(corpus.at("/counts/" + kind).asLong());
        });
    }

    private Map<String, Answer> snapshot() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String path : SNAPSHOT) {
            Answer answer = api.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.etag()).as("ETag of %s", path).isNotNull();
            answers.put(path, answer);
        }
        return answers;
    }
}
