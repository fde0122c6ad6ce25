package io.github.muskopenai.archive.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates 100,000 messages and reports how long it took; the time is printed, never asserted. */
class ScaleSanityCheckTest {

    @TempDir
    Path out;

    @Test
    void generatesAHundredThousandMessages() throws IOException {
        Generated.generator();
        long started = System.nanoTime();

        Generated corpus = Generated.generate(out, 100_000, 10_000, 2024);

        double seconds = (System.nanoTime() - started) / 1e9;
        GenerationSummary summary = corpus.summary();
        System.out.printf(Locale.ROOT, "scale check: %d documents, %d messages, %d threads, %d bytes (%.1f MB) in %.2f s"
                + " (%.0f messages/s, %.1f MB/s)%n", summary.documents(), summary.messages(), summary.threads(),
                summary.bytes(), summary.bytes() / 1e6, seconds, summary.messages() / seconds,
                summary.bytes() / 1e6 / seconds);
        assertThat(summary.documents()).isEqualTo(10);
        assertThat(summary.messages()).isEqualTo(100_000);
    }
}
