package io.github.muskopenai.archive.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.muskopenai.archive.load.CorpusLoader;
import io.github.muskopenai.archive.load.LoadMode;
import io.github.muskopenai.archive.load.LoadReport;
import io.github.muskopenai.archive.load.LoadReport.Outcome;
import io.github.muskopenai.archive.resilience.Api.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Readers hammering the API while the corpus is reloaded over and over see, in every answer, one
 * corpus version: the one before a load or the one after it, never a mix and never an error; and
 * the answer's ETag names the load its data came from.
 */
@QuarkusTest
class ReloadUnderReadLoadTest {

    private static final int READERS = 8;
    private static final int MIN_REQUESTS = 5_000;
    private static final int MIN_RELOADS = 10;
    private static final long TIME_LIMIT_MS = 240_000;
    /**
     * Lists, the corpus, a person by id, and messages filtered by a name that only the bigger
     * version knows; the message and event pages and the person are one statement each, read
     * without a transaction (a page resolves the names of its filters in that statement).
     */
    private static final List<String> ENDPOINTS = List.of("/api/messages?limit=500", "/api/corpus",
            "/api/events?limit=500", "/api/people", "/api/people/sam-altman", ReadChecks.NAMING_EXTRA_PERSON);
    private static final String EXTRA = "extra.md";
    /** The second document: one timeline item, one thread of four emails, and Ada Lovelace, who is new. */
    private static final List<String> EXTRA_LINES = List.of("---", "title:  \"Extra\"", "date:   2024-12-06 10:00:00",
            "---", "", "## Timeline", "1. January 2018: Lunch plans were made", "",
            "January 2018: Lunch plans were made", "Four short emails about lunch.", "", "===", "Lunch plans", "4 emails",
            "From: Sam Altman <redacted>", "Date: Mon, Jan 8, 2018 at 11:00 AM", "To: Greg Brockman <redacted>, Ada Lovelace <redacted>",
            "Lunch at noon?", "",
            "From: Greg Brockman <redacted>", "Date: Mon, Jan 8, 2018 at 11:05 AM", "To: Sam Altman <redacted>",
            "Yes, see you there.", "",
            "From: Ada Lovelace <redacted>", "Date: Mon, Jan 8, 2018 at 11:07 AM", "To: Sam Altman <redacted>",
            "Count me in.", "",
            "From: Sam Altman <redacted>", "Date: Mon, Jan 8, 2018 at 11:09 AM",
            "To: Greg Brockman <redacted>, Ada Lovelace <redacted>", "Great.", "===");
    private static final int EXTRA_MESSAGES = 4;
    private static final int EXTRA_EVENTS = 1;
    private static final int EXTRA_PEOPLE = 1;
    private static final String EXTRA_PERSON = "ada-lovelace";
    /** Ada Lovelace is a recipient of the first and the last email and writes the third. */
    private static final int EXTRA_PERSON_MESSAGES = 3;

    @Inject
    CorpusLoader loader;

    @TestHTTPResource("/")
    URI root;

    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    /** Answers per endpoint and per corpus version they belong to. */
    private final Map<String, LongAdder> seen = new ConcurrentHashMap<>();
    /** Endpoint and ETag → the first body served with them; a strong ETag names one representation. */
    private final Map<String, Integer> bodyOfEtag = new ConcurrentHashMap<>();
    /** Per endpoint: answers whose ETag had already been served with a different body. */
    private final Map<String, LongAdder> etagsWithTwoBodies = new ConcurrentHashMap<>();
    /**
     * Endpoint and ETag → the corpus version of the first answer with them. Every load makes a new
     * corpus state, so an ETag names one load; served with answers of two versions, it named a
     * state other than the one the data was read in.
     */
    private final Map<String, String> versionOfEtag = new ConcurrentHashMap<>();

    @AfterEach
    void restoreTheRealCorpus() {
        RealCorpus.restore(loader);
    }

    @Test
    void everyAnswerDuringReloadsBelongsToExactlyOneCorpusVersion(@TempDir Path dir) throws Exception {
        Path extra = Files.write(dir.resolve(EXTRA), EXTRA_LINES);
        List<Path> twoDocuments = List.of(RealCorpus.DOCUMENT, extra);
        CorpusShape bigger = new CorpusShape(load(twoDocuments).version(), 2, RealCorpus.MESSAGES + EXTRA_MESSAGES,
                RealCorpus.EVENTS + EXTRA_EVENTS, RealCorpus.PEOPLE + EXTRA_PEOPLE);
        CorpusShape real = new CorpusShape(load(List.of(RealCorpus.DOCUMENT)).version(), 1, RealCorpus.MESSAGES,
                RealCorpus.EVENTS, RealCorpus.PEOPLE);
        ReadChecks checks = new ReadChecks(real, bigger, EXTRA, EXTRA_PERSON, EXTRA_PERSON_MESSAGES);

        Api api = new Api(root);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int first = r;
            readers.add(pool.submit(() -> read(api, checks, running, first)));
        }
        long start = System.nanoTime();
        int reloads = 0;
        try {
            while ((requests.get() < MIN_REQUESTS || reloads < MIN_RELOADS) && failures.size() < 50
                    && millisSince(start) < TIME_LIMIT_MS) {
                load(reloads % 2 == 0 ? twoDocuments : List.of(RealCorpus.DOCUMENT));
                reloads++;
            }
        } finally {
            running.set(false);
            for (Future<?> reader : readers) {
                reader.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        long millis = millisSince(start);

        System.out.printf("reload under read load: %d requests by %d readers during %d reloads in %d ms (%.0f req/s);"
                + " answers per endpoint and version %s; answers whose ETag was already served with another body: %s%n",
                requests.get(), READERS, reloads, millis, requests.get() * 1000.0 / millis, new TreeMap<>(seen),
                new TreeMap<>(etagsWithTwoBodies));
        failures.stream().limit(10).forEach(f -> System.out.println("  inconsistent: " + f));
        assertThat(failures).as("inconsistent answers (%d)", failures.size()).isEmpty();
        assertThat(requests.get()).isGreaterThanOrEqualTo(MIN_REQUESTS);
        assertThat(reloads).isGreaterThanOrEqualTo(MIN_RELOADS);
        for (String endpoint : ENDPOINTS) {
            assertThat(seen).as("%s answered from both versions", endpoint)
                    .containsKeys(endpoint + " " + real.version(), endpoint + " " + bigger.version());
        }
    }

    private void read(Api api, ReadChecks checks, AtomicBoolean running, int offset) {
        for (int i = offset; running.get(); i++) {
            String endpoint = ENDPOINTS.get(i % ENDPOINTS.size());
            try {
                Answer answer = api.get(endpoint);
                String version = checks.versionOf(endpoint, answer);
                seen.computeIfAbsent(endpoint + " " + version, k -> new LongAdder()).increment();
                String tagged = versionOfEtag.putIfAbsent(endpoint + " " + answer.etag(), version);
                if (tagged != null && !tagged.equals(version)) {
                    failures.add(endpoint + ": ETag " + answer.etag() + " served with versions " + tagged + " and " + version);
                }
                Integer first = bodyOfEtag.putIfAbsent(endpoint + " " + answer.etag(), answer.body().hashCode());
                if (first != null && first != answer.body().hashCode()) {
                    etagsWithTwoBodies.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add(endpoint + ": " + e.getMessage());
            }
            requests.incrementAndGet();
        }
    }

    private LoadReport load(List<Path> documents) {
        LoadReport report = loader.load(documents, LoadMode.ALWAYS, line -> {
        });
        assertThat(report.outcome()).as(report.summary()).isEqualTo(Outcome.LOADED);
        return report;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
