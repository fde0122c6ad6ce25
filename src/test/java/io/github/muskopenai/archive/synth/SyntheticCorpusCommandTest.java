package io.github.muskopenai.archive.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusCommandTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void generatesTheCorpusAndPrintsOneSummaryLine() throws IOException {
        int status = run("generate", "--messages", "250", "--per-document", "100", "--seed", "3",
                "--out", out.toString(), "--source", Generated.SOURCE.toString());

        assertThat(status).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .matches("generated 3 documents, 250 messages, \\d+ threads, \\d+ bytes in [\\d.]+ s into .*");
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void returns2AndPrintsUsageForBadArguments() {
        assertThat(run("--messages", "ten", "--out", out.toString())).isEqualTo(2);
        assertThat(run("--messages", "0", "--out", out.toString())).isEqualTo(2);
        assertThat(run("--out", out.toString())).isEqualTo(2);
        assertThat(run("--messages", "5", "--out", out.toString(), "--colour", "red")).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains(SyntheticCorpusCommand.USAGE);
    }

    @Test
    void returns1WhenTheSourceCannotBeRead() {
        assertThat(run("--messages", "5", "--out", out.toString(), "--source", out.resolve("missing.md").toString()))
                .isEqualTo(1);
    }

    private int run(String... args) {
        return SyntheticCorpusCommand.run(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), args);
    }
}
