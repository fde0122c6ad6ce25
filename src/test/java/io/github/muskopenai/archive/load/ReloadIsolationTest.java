package io.github.muskopenai.archive.load;

import static io.github.muskopenai.archive.load.CorpusFixture.MESSAGES;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.load.LoadReport.Outcome;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Readers during reloads see the corpus before or after a load, never a mix: the API answers
 * from one REPEATABLE READ snapshot and a load commits once.
 */
@QuarkusTest
class ReloadIsolationTest {

    private static final int READERS = 4;
    private static final int ROUNDS = 4;
    private static final String EXTRA = "extra.md";
    /** The three emails of extra.md. */
    private static final int EXTRA_MESSAGES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Set<Long> totalsSeen = ConcurrentHashMap.newKeySet();
    private final Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger responses = new AtomicInteger();
    /** Messages of each version: real corpus and real corpus plus extra.md. */
    private final Map<String, Long> messagesOfVersion = new ConcurrentHashMap<>();

    @AfterEach
    void restoreTheRealCorpus() {
        CorpusFixture.restore(loader);
    }

    @Test
    void readersSeeEitherTheOldOrTheNewCorpusDuringReloads(@TempDir Path dir) throws Exception {
        List<Path> variant = List.of(REAL_DOCUMENT, extraDocument(dir));
        messagesOfVersion.put(CorpusFixture.version(db), (long) MESSAGES);
        messagesOfVersion.put(load(variant).version(), (long) MESSAGES + EXTRA_MESSAGES);
        load(List.of(REAL_DOCUMENT));

        checkCorpus(); // warm up: the first requests of a fresh application take seconds
        checkMessages();
        AtomicBoolean reloading = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            Thread reader = new Thread(() -> read(reloading), "reader-" + i);
            reader.start();
            readers.add(reader);
        }
        for (int round = 0; round < ROUNDS; round++) {
            load(variant);
            awaitMoreResponses();
            load(List.of(REAL_DOCUMENT));
            awaitMoreResponses();
        }
        reloading.set(false);
        for (Thread reader : readers) {
            reader.join(30_000);
        }

        assertThat(failures).isEmpty();
        assertThat(responses.get()).isGreaterThanOrEqualTo(2 * ROUNDS * READERS);
        assertThat(totalsSeen).containsExactlyInAnyOrder((long) MESSAGES, (long) MESSAGES + EXTRA_MESSAGES);
        assertThat(versionsSeen).containsExactlyInAnyOrderElementsOf(messagesOfVersion.keySet());
    }

    @Test
    void twoLoadsAtOnceRunOneAfterTheOther(@TempDir Path dir) throws Exception {
        List<Path> variant = List.of(REAL_DOCUMENT, extraDocument(dir));
        Queue<LoadReport> reports = new ConcurrentLinkedQueue<>();
        Thread other = new Thread(() -> reports.add(load(variant)), "other-load");

        other.start();
        reports.add(load(List.of(REAL_DOCUMENT)));
        other.join(60_000);

        assertThat(reports).extracting(LoadReport::outcome).containsExactly(Outcome.LOADED, Outcome.LOADED);
        String version = CorpusFixture.version(db);
        long documents = Long.parseLong(CorpusFixture.string(db, "select count(*) from document"));
        assertThat(CorpusFixture.string(db, "select count(*) from message"))
                .isEqualTo(String.valueOf(documents == 1 ? MESSAGES : MESSAGES + EXTRA_MESSAGES));
        assertThat(reports).extracting(LoadReport::version).contains(version);
    }

    /** Lets the readers answer a few requests from the corpus just loaded (and the load's commit). */
    private void awaitMoreResponses() throws InterruptedException {
        int target = responses.get() + READERS;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (responses.get() < target && System.nanoTime() < deadline && failures.isEmpty()) {
            Thread.sleep(10);
        }
    }

    private void read(AtomicBoolean reloading) {
        while (reloading.get() && failures.size() < 20) {
            try {
                checkCorpus();
                checkMessages();
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }

    /** The version, the documents and the counts of one answer belong to the same corpus. */
    private void checkCorpus() throws Exception {
        HttpResponse<String> response = get("api/corpus");
        if (response.statusCode() != 200) {
            failures.add("GET /api/corpus: " + response.statusCode() + " " + response.body());
            return;
        }
        JsonNode corpus = JSON.readTree(response.body());
        String version = corpus.get("version").asText();
        Long messages = messagesOfVersion.get(version);
        long documents = messages != null && messages == MESSAGES ? 1 : 2;
        versionsSeen.add(version);
        if (messages == null || corpus.at("/counts/messages").asLong() != messages
                || corpus.at("/counts/documents").asLong() != documents || corpus.get("documents").size() != documents) {
            failures.add("GET /api/corpus mixes versions: " + response.body());
        }
    }

    /** The total, the header and the items of one page belong to the same corpus. */
    private void checkMessages() throws Exception {
        HttpResponse<String> response = get("api/messages?limit=500");
        if (response.statusCode() != 200) {
            failures.add("GET /api/messages: " + response.statusCode() + " " + response.body());
            return;
        }
        JsonNode page = JSON.readTree(response.body());
        long total = page.get("total").asLong();
        long fromExtra = 0;
        for (JsonNode item : page.get("items")) {
            fromExtra += EXTRA.equals(item.at("/source/document").asText()) ? 1 : 0;
        }
        String header = response.headers().firstValue("X-Total-Count").orElse(null);
        totalsSeen.add(total);
        responses.incrementAndGet();
        boolean consistent = page.get("items").size() == total && String.valueOf(total).equals(header)
                && (total == MESSAGES && fromExtra == 0 || total == MESSAGES + EXTRA_MESSAGES && fromExtra == EXTRA_MESSAGES);
        if (!consistent) {
            failures.add("GET /api/messages mixes versions: total " + total + ", X-Total-Count " + header + ", "
                    + page.get("items").size() + " items, " + fromExtra + " from " + EXTRA);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private LoadReport load(List<Path> documents) {
        LoadReport report = loader.load(documents, LoadMode.ALWAYS, line -> {
        });
        assertThat(report.outcome()).as(report.summary()).isEqualTo(Outcome.LOADED);
        return report;
    }

    /** A second document with one thread of three new emails. */
    private static Path extraDocument(Path dir) {
        return CorpusFixture.write(dir, EXTRA, List.of("---", "title:  \"Extra\"", "date:   2024-12-06 10:00:00", "---", "",
                "## Three more emails", "", "===", "Lunch plans", "3 emails",
                "From: Sam Altman <redacted>", "Date: Mon, Jan 8, 2018 at 11:00 AM", "To: Greg Brockman <redacted>",
                "Lunch at noon?", "",
                "From: Greg Brockman <redacted>", "Date: Mon, Jan 8, 2018 at 11:05 AM", "To: Sam Altman <redacted>",
                "Yes, see you there.", "",
                "From: Sam Altman <redacted>", "Date: Mon, Jan 8, 2018 at 11:06 AM", "To: Greg Brockman <redacted>",
                "Great.", "==="));
    }
}
