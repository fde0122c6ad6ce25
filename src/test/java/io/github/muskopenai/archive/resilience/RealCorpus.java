package io.github.muskopenai.archive.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.muskopenai.archive.load.CorpusLoader;
import io.github.muskopenai.archive.load.LoadMode;
import io.github.muskopenai.archive.load.LoadReport;
import io.github.muskopenai.archive.load.LoadReport.Outcome;

/**
 * The real document and what a reader counts in it. All test classes share one database: a test
 * that loads anything else puts the real corpus back with {@link #restore}.
 */
final class RealCorpus {

    static final Path DOCUMENT = Path.of("db/corpus/elon-and-openai-2.md");
    static final String NAME = "elon-and-openai-2.md";

    // Counted by reading the document (the same figures as load/CorpusFixture).
    /** 20 header blocks and 2 replies quoted inside bodies (lines 48 and 470). */
    static final int MESSAGES = 22;
    /** 12 timeline items (lines 16–27) and 15 dated statements of the narrative. */
    static final int EVENTS = 27;
    /** Elon Musk, Sam Altman, Ilya Sutskever, Greg Brockman, Shivon Zilis and Jared Birchall. */
    static final int PEOPLE = 6;

    private RealCorpus() {
    }

    /** Loads the real document again and returns the version it is served under. */
    static String restore(CorpusLoader loader) {
        LoadReport report = loader.load(List.of(DOCUMENT), LoadMode.ALWAYS, line -> {
        });
        assertThat(report.outcome()).as("restoring the real corpus: %s", report.summary()).isEqualTo(Outcome.LOADED);
        return report.version();
    }

    static byte[] bytes() {
        try {
            return Files.readAllBytes(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
