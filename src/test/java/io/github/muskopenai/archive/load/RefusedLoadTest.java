package io.github.muskopenai.archive.load;

import static io.github.muskopenai.archive.load.CorpusFixture.FIRST_EMAIL_DATE;
import static io.github.muskopenai.archive.load.CorpusFixture.FIRST_EMAIL_ID;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_DOCUMENT;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_NAME;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.api.message.MessageDto;
import io.github.muskopenai.archive.ingest.ParseIssue;
import io.github.muskopenai.archive.load.LoadReport.Outcome;
import io.quarkus.test.junit.QuarkusTest;

/** A document with errors is refused, with line numbers, and the corpus served before stays as it was. */
@QuarkusTest
class RefusedLoadTest {

    /** "Date: Fri, Nov 20, 2015 at 12:29 PM" of the first email (From: on line 41). */
    private static final int FIRST_DATE_LINE = 42;
    private static final int FIRST_FROM_LINE = 41;
    /** "3 emails" under "### Bi-weekly updates", which has three header blocks (lines 101, 144, 150). */
    private static final int DECLARED_COUNT_LINE = 100;
    /** "To: Sam Altman <redacted>", the last header line of the first email. */
    private static final int FIRST_TO_LINE = 43;

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource db;

    @TempDir
    Path dir;

    private String version;
    private String loadedAt;
    private Map<String, String> contents;

    @BeforeEach
    void rememberTheServedCorpus() {
        version = CorpusFixture.version(db);
        loadedAt = CorpusFixture.loadedAt(db);
        contents = CorpusFixture.contents(db);
    }

    @AfterEach
    void restoreTheRealCorpus() {
        CorpusFixture.restore(loader);
    }

    @Test
    void refusesADateItCannotRead() {
        Path broken = edited(FIRST_DATE_LINE, "Date: sometime in late November");

        LoadReport report = load(broken);

        assertRefused(report, FIRST_DATE_LINE, "cannot read the date \"sometime in late November\"");
        assertTheCorpusIsIntact();
    }

    @Test
    void refusesAThreadThatDeclaresMoreEmailsThanItHas() {
        Path broken = edited(DECLARED_COUNT_LINE, "4 emails");

        LoadReport report = load(broken);

        assertRefused(report, DECLARED_COUNT_LINE, "thread \"Bi-weekly updates\" declares 4 emails but 3 were found");
        assertTheCorpusIsIntact();
    }

    @Test
    void refusesAFileThatEndsInsideAHeaderBlock() throws IOException {
        // Cut after the To: line, without its newline: the email has headers and no body.
        String cut = String.join("\n", CorpusFixture.realLines(1, FIRST_TO_LINE));
        Path broken = Files.writeString(dir.resolve(REAL_NAME), cut, StandardCharsets.UTF_8);

        LoadReport report = load(broken);

        assertRefused(report, FIRST_FROM_LINE, "email has a header but no body (truncated?)");
        assertThat(report.documents().get(0).lineCount()).isEqualTo(FIRST_TO_LINE);
        assertTheCorpusIsIntact();
    }

    @Test
    void refusesTheWholeLoadWhenOnlyTheSecondDocumentIsBroken() {
        List<String> lines = new ArrayList<>(CorpusFixture.realLines());
        lines.set(FIRST_DATE_LINE - 1, "Date: sometime in late November");
        Path broken = CorpusFixture.write(dir, "broken.md", lines);

        LoadReport report = loader.load(List.of(REAL_DOCUMENT, broken), LoadMode.ALWAYS, line -> {
        });

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.errors()).extracting(ParseIssue::source, ParseIssue::line)
                .containsExactly(tuple("broken.md", FIRST_DATE_LINE));
        assertThat(report.documents().get(0).issues()).noneMatch(ParseIssue::isError);
        assertTheCorpusIsIntact();
    }

    @Test
    void theSummaryOfARefusedLoadNamesTheErrorsAndTheVersionStillServed() {
        LoadReport report = load(edited(DECLARED_COUNT_LINE, "4 emails"));

        assertThat(report.summary()).isEqualTo("load refused: 1 error(s) in " + REAL_NAME
                + "; the corpus served before is unchanged (version " + version + ")");
    }

    @Test
    void theSummaryNamesOnlyTheDocumentsWithErrors() {
        List<String> lines = new ArrayList<>(CorpusFixture.realLines());
        lines.set(DECLARED_COUNT_LINE - 1, "4 emails");
        Path broken = CorpusFixture.write(dir, "broken.md", lines);

        LoadReport report = loader.load(List.of(REAL_DOCUMENT, broken), LoadMode.ALWAYS, line -> {
        });

        assertThat(report.summary()).isEqualTo("load refused: 1 error(s) in broken.md"
                + "; the corpus served before is unchanged (version " + version + ")");
    }

    @Test
    void aLoadTheDatabaseRejectsFailsAndKeepsTheCorpus() throws IOException {
        // Two documents of one name: the parser accepts both, the document table's primary key does not.
        Path twin = Files.copy(REAL_DOCUMENT, Files.createDirectories(dir.resolve("twin")).resolve(REAL_NAME));

        assertThatThrownBy(() -> loader.load(List.of(REAL_DOCUMENT, twin), LoadMode.ALWAYS, line -> {
        })).isInstanceOf(LoadException.class);

        assertTheCorpusIsIntact();
        assertThat(load(REAL_DOCUMENT).outcome()).isEqualTo(Outcome.LOADED);
    }

    private void assertRefused(LoadReport report, int line, String message) {
        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.version()).isEqualTo(version);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.source()).isEqualTo(REAL_NAME);
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.message()).isEqualTo(message);
        });
    }

    private void assertTheCorpusIsIntact() {
        assertThat(CorpusFixture.version(db)).isEqualTo(version);
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
        assertThat(CorpusFixture.contents(db)).isEqualTo(contents);
        assertThat(given().get("/api/corpus").then().statusCode(200).extract().path("version").toString())
                .isEqualTo(version);
        MessageDto first = given().get("/api/messages/{id}", FIRST_EMAIL_ID).then().statusCode(200).extract()
                .as(MessageDto.class);
        assertThat(first.sentAtText()).isEqualTo(FIRST_EMAIL_DATE);
        assertThat(first.source().firstLine()).isEqualTo(FIRST_FROM_LINE);
    }

    private LoadReport load(Path document) {
        return loader.load(List.of(document), LoadMode.ALWAYS, line -> {
        });
    }

    /** The real document with one line replaced, under the real document's name. */
    private Path edited(int line, String text) {
        List<String> lines = new ArrayList<>(CorpusFixture.realLines());
        lines.set(line - 1, text);
        return CorpusFixture.write(dir, REAL_NAME, lines);
    }
}
