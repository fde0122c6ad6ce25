package io.github.muskopenai.archive.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void sameSeedAndCountsWriteIdenticalBytes() throws IOException {
        Generated a = Generated.generate(first, 2500, 1000, 42);
        Generated b = Generated.generate(second, 2500, 1000, 42);

        assertThat(b.documents()).isEqualTo(a.documents());
        for (DocumentStats document : a.documents()) {
            assertThat(Files.mismatch(first.resolve(document.name()), second.resolve(document.name())))
                    .as(document.name()).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedsWriteDifferentDocuments() throws IOException {
        Generated a = Generated.generate(first, 1000, 1000, 42);
        Generated b = Generated.generate(second, 1000, 1000, 43);

        String one = Files.readString(first.resolve(a.documents().get(0).name()));
        String other = Files.readString(second.resolve(b.documents().get(0).name()));
        // Beyond the front matter (which names the seed), the timelines and emails differ.
        assertThat(one.substring(one.indexOf("## Timeline")))
                .isNotEqualTo(other.substring(other.indexOf("## Timeline")));
    }

    @Test
    void aSmallerRunRemovesTheDocumentsOfALargerOneIntoTheSameDirectory() throws IOException {
        Generated.generate(first, 30, 10, 1);
        Generated.generate(first, 15, 10, 1);

        try (var files = Files.list(first)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("synthetic-00001.md", "synthetic-00002.md");
        }
    }
}
