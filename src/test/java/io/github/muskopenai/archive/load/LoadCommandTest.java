package io.github.muskopenai.archive.load;

import static io.github.muskopenai.archive.load.CorpusFixture.MESSAGES;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_DOCUMENT;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;

/** {@code load [--mode if-changed|always] [--force] [FILE|GLOB ...]}: exit 0 loaded or unchanged, 1 refused, 2 failure. */
@QuarkusTest
class LoadCommandTest {

    private static final String USAGE = "usage: load [--mode if-changed|always] [--force] [FILE|GLOB ...]";
    /** "Date: Fri, Nov 20, 2015 at 12:29 PM" of the first email. */
    private static final int FIRST_DATE_LINE = 42;

    @Inject
    LoadCommand command;

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource db;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String version;
    private String loadedAt;

    @BeforeEach
    void captureOutput() {
        // The injected reference is a client proxy: the streams must be set on the bean itself.
        command = ClientProxy.unwrap(command);
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        version = CorpusFixture.version(db);
        loadedAt = CorpusFixture.loadedAt(db);
    }

    @AfterEach
    void restore() {
        command.out = System.out;
        command.err = System.err;
        CorpusFixture.restore(loader);
    }

    @Test
    void forceReloadsTheConfiguredDocuments() {
        int exit = command.run("--force");

        assertThat(exit).isZero();
        assertThat(lines(out)).last().asString().startsWith("loaded 1 document(s), " + MESSAGES + " messages in ")
                .endsWith("; corpus version " + version);
        assertThat(lines(err)).isEmpty();
        assertThat(CorpusFixture.loadedAt(db)).isNotEqualTo(loadedAt);
    }

    @Test
    void withoutForceUnchangedDocumentsAreLeftAlone() {
        int exit = command.run(REAL_DOCUMENT.toString());

        assertThat(exit).isZero();
        assertThat(lines(out)).containsExactly("corpus unchanged (version " + version + "): 1 document(s)");
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
    }

    @Test
    void modeAlwaysIsTheSameAsForce() {
        int exit = command.run("--mode", "always", REAL_DOCUMENT.toString());

        assertThat(exit).isZero();
        assertThat(lines(out)).last().asString().startsWith("loaded 1 document(s)");
        assertThat(CorpusFixture.loadedAt(db)).isNotEqualTo(loadedAt);
    }

    @Test
    void loadsEveryDocumentAGlobMatches() throws IOException {
        Files.copy(REAL_DOCUMENT, dir.resolve(REAL_NAME));
        CorpusFixture.write(dir, "another.md", CorpusFixture.realLines(1, 27));

        int exit = command.run("--force", dir + "/*.md");

        assertThat(exit).as(text(err)).isZero();
        assertThat(lines(out)).last().asString().startsWith("loaded 2 document(s)");
        assertThat(CorpusFixture.strings(db, "select name from document order by ordinal"))
                .containsExactly("another.md", REAL_NAME);
    }

    @Test
    void aMissingFileExitsWith2AndChangesNothing() {
        Path missing = dir.resolve("missing.md");

        int exit = command.run("--force", missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(lines(err)).containsExactly("load failed: no such document: " + missing);
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
    }

    @Test
    void aGlobMatchingNothingExitsWith2() {
        int exit = command.run(dir + "/*.md");

        assertThat(exit).isEqualTo(2);
        assertThat(lines(err)).containsExactly("no documents match [" + dir + "/*.md]");
    }

    @Test
    void aBrokenDocumentExitsWith1AndPrintsItsIssuesWithLineNumbers() {
        List<String> lines = new ArrayList<>(CorpusFixture.realLines());
        lines.set(FIRST_DATE_LINE - 1, "Date: sometime in late November");
        Path broken = CorpusFixture.write(dir, REAL_NAME, lines);

        int exit = command.run("--force", broken.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(lines(err)).containsExactly(
                REAL_NAME + ":" + FIRST_DATE_LINE + ": error: cannot read the date \"sometime in late November\"",
                "load refused: 1 error(s) in " + REAL_NAME + "; the corpus served before is unchanged (version "
                        + version + ")");
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
    }

    @Test
    void warningsGoToStandardOutputAndErrorsToStandardError() {
        // Cut after line 43 (the first email's To:): one error, and the timeline items the cut text never restates.
        Path cut = CorpusFixture.write(dir, REAL_NAME, CorpusFixture.realLines(1, 43));

        int exit = command.run(cut.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(lines(err)).first().isEqualTo(REAL_NAME + ":41: error: email has a header but no body (truncated?)");
        assertThat(lines(out)).contains(REAL_NAME + ":17: warning: timeline item \"December 2015\" is not restated by"
                + " any section");
        assertThat(lines(out)).noneMatch(line -> line.contains(": error: "));
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(command.run("--help")).isZero();
        assertThat(command.run("-h")).isZero();
        assertThat(lines(out)).containsExactly(USAGE, USAGE);
    }

    @Test
    void modeWithoutAValueIsAUsageError() {
        assertThat(command.run("--mode")).isEqualTo(2);
        assertThat(lines(err)).containsExactly(USAGE);
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
    }

    @Test
    void anUnknownModeIsAUsageError() {
        assertThat(command.run("--mode", "never", REAL_DOCUMENT.toString())).isEqualTo(2);
        assertThat(command.run("--mode", "sometimes")).isEqualTo(2);
        assertThat(lines(err)).containsExactly(USAGE, USAGE);
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
    }

    @Test
    void anUnknownOptionIsRefusedWithExit2() {
        assertThat(command.run("--bogus")).isEqualTo(2);
        assertThat(text(err)).contains("--bogus");
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
    }

    @Test
    void twoDocumentsWithTheSameNameExitWith2() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.copy(REAL_DOCUMENT, dir.resolve("a").resolve(REAL_NAME));

        int exit = command.run("--force", REAL_DOCUMENT.toString(), dir.resolve("a").resolve(REAL_NAME).toString());

        assertThat(exit).isEqualTo(2);
        assertThat(text(err)).startsWith("load failed: two documents are named " + REAL_NAME);
        assertThat(CorpusFixture.loadedAt(db)).isEqualTo(loadedAt);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        String text = text(stream);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
