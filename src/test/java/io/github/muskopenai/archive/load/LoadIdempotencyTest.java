package io.github.muskopenai.archive.load;

import static io.github.muskopenai.archive.load.CorpusFixture.EVENTS;
import static io.github.muskopenai.archive.load.CorpusFixture.IMAGES;
import static io.github.muskopenai.archive.load.CorpusFixture.MESSAGES;
import static io.github.muskopenai.archive.load.CorpusFixture.PEOPLE;
import static io.github.muskopenai.archive.load.CorpusFixture.QUOTES;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_DOCUMENT;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_LINES;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_NAME;
import static io.github.muskopenai.archive.load.CorpusFixture.THREADS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.api.corpus.CorpusDto;
import io.github.muskopenai.archive.load.LoadReport.Outcome;
import io.quarkus.test.junit.QuarkusTest;

/** Loading the same documents again gives the same corpus: same ids, rows, version and URLs. */
@QuarkusTest
class LoadIdempotencyTest {

    private static final List<String> ID_TABLES = List.of("message", "thread", "person", "event", "image",
            "narrative_quote");

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void restoreTheRealCorpus() {
        CorpusFixture.restore(loader);
    }

    @Test
    void theLoadedCorpusHoldsWhatTheDocumentContains() {
        CorpusDto corpus = corpus();

        assertThat(corpus.counts()).containsOnly(entry("documents", 1L), entry("people", (long) PEOPLE),
                entry("threads", (long) THREADS), entry("messages", (long) MESSAGES), entry("events", (long) EVENTS),
                entry("images", (long) IMAGES), entry("quotes", (long) QUOTES));
        assertThat(corpus.documents()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo(REAL_NAME);
            assertThat(d.lineCount()).isEqualTo(REAL_LINES);
            assertThat(d.sha256()).isEqualTo(CorpusFixture.sha256(REAL_DOCUMENT));
        });
    }

    @Test
    void reloadingTheSameDocumentKeepsEveryId() {
        Map<String, List<String>> before = ids();

        LoadReport report = loadReal(LoadMode.ALWAYS);

        assertThat(report.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(ids()).isEqualTo(before);
        assertThat(before.get("message")).hasSize(MESSAGES).doesNotHaveDuplicates();
        assertThat(before.get("thread")).hasSize(THREADS);
        assertThat(before.get("person")).hasSize(PEOPLE);
        assertThat(before.get("event")).hasSize(EVENTS);
    }

    @Test
    void reloadingTheSameDocumentKeepsEveryRowOfEveryTable() {
        Map<String, Long> counts = CorpusFixture.rowCounts(db);
        Map<String, String> contents = CorpusFixture.contents(db);

        loadReal(LoadMode.ALWAYS);

        assertThat(CorpusFixture.rowCounts(db)).isEqualTo(counts);
        assertThat(CorpusFixture.contents(db)).isEqualTo(contents);
        assertThat(counts).containsEntry("message", (long) MESSAGES).containsEntry("document", 1L)
                .containsEntry("document_text", 1L).containsEntry("corpus_state", 1L);
    }

    @Test
    void reloadingTheSameDocumentKeepsTheVersionAndTheDocumentSha256() {
        CorpusDto before = corpus();

        LoadReport report = loadReal(LoadMode.ALWAYS);

        CorpusDto after = corpus();
        assertThat(report.version()).isEqualTo(before.version());
        assertThat(after.version()).isEqualTo(before.version()).isEqualTo(CorpusFixture.version(db));
        assertThat(after.documents()).extracting(CorpusDto.DocumentDto::sha256)
                .containsExactly(CorpusFixture.sha256(REAL_DOCUMENT));
        assertThat(CorpusFixture.string(db, "select sha256 from document"))
                .isEqualTo(CorpusFixture.sha256(REAL_DOCUMENT));
    }

    @Test
    void reloadingWithModeAlwaysRecordsANewLoadTime() {
        String before = CorpusFixture.loadedAt(db);

        loadReal(LoadMode.ALWAYS);

        assertThat(CorpusFixture.string(db, "select loaded_at > '" + before + "' from corpus_state")).isEqualTo("t");
    }

    @Test
    void ifChangedOnUnchangedDocumentsReportsUnchangedAndChangesNothing() {
        String version = CorpusFixture.version(db);
        String loadedAt = CorpusFixture.loadedAt(db);
        String documentLoadedAt = CorpusFixture.string(db, "select loaded_at::text from document");
        Map<String, String> contents = CorpusFixture.contents(db);

        LoadReport report = loadReal(LoadMode.IF_CHANGED);

        assertThat(report.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(report.version()).isEqualTo(version);
        assertThat(report.summary()).isEqualTo("corpus unchanged (version " + version + "): 1 document(s)");
        assertThat(CorpusFixture.version(db)).isEqualTo(version);
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
        assertThat(CorpusFixture.string(db, "select loaded_at::text from document")).isEqualTo(documentLoadedAt);
        assertThat(CorpusFixture.contents(db)).isEqualTo(contents);
    }

    @Test
    void ifChangedLoadsWhenTheDocumentsDiffer(@TempDir Path dir) {
        String version = CorpusFixture.version(db);
        List<String> lines = new ArrayList<>(CorpusFixture.realLines());
        lines.add("");
        Path edited = CorpusFixture.write(dir, REAL_NAME, lines);

        LoadReport report = loader.load(List.of(edited), LoadMode.IF_CHANGED, line -> {
        });

        assertThat(report.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(report.version()).isNotEqualTo(version).isEqualTo(CorpusFixture.version(db));
        assertThat(CorpusFixture.string(db, "select sha256 from document")).isEqualTo(CorpusFixture.sha256(edited));
    }

    @Test
    void theStoredTextIsTheDocumentVerbatim() throws IOException {
        assertThat(CorpusFixture.string(db, "select content from document_text where name = '" + REAL_NAME + "'"))
                .isEqualTo(Files.readString(REAL_DOCUMENT, StandardCharsets.UTF_8));
    }

    @Test
    void modeNeverLeavesTheCorpusAsItIs() {
        // LoadMode.NEVER: "Serve whatever the database holds."
        String loadedAt = CorpusFixture.loadedAt(db);

        LoadReport report = loadReal(LoadMode.NEVER);

        assertThat(report.outcome()).isNotEqualTo(Outcome.LOADED);
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
    }

    private LoadReport loadReal(LoadMode mode) {
        return loader.load(List.of(REAL_DOCUMENT), mode, line -> {
        });
    }

    private Map<String, List<String>> ids() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (String table : ID_TABLES) {
            ids.put(table, CorpusFixture.strings(db, "select id from " + table + " order by id"));
        }
        return ids;
    }

    private static CorpusDto corpus() {
        return given().get("/api/corpus").then().statusCode(200).extract().as(CorpusDto.class);
    }
}
