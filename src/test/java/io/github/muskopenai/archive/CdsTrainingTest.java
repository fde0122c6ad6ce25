package io.github.muskopenai.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run links the classes its class-load log names, and skips what it cannot find. */
class CdsTrainingTest {

    @Test
    void linksTheLoggedClassesThatAreNotInTheJvmsArchive(@TempDir Path dir) throws IOException {
        // Lines as -Xlog:class+load:file=<path>:none writes them.
        Path log = Files.write(dir.resolve("classes.log"), List.of(
                "java.lang.String source: shared objects file",
                "io.github.muskopenai.archive.CdsTraining source: file:/app/lib/archive.jar",
                "java.util.concurrent.ConcurrentSkipListMap source: jrt:/java.base",
                "com.example.NotOnTheClassPath source: file:/elsewhere.jar",
                "io.github.muskopenai.archive.Main$$Lambda$12/0x0000000800c0b000 source: io.github.muskopenai.archive.Main",
                "a line of something else"));

        assertThat(CdsTraining.linkLoadedClasses(log, CdsTrainingTest.class.getClassLoader())).isEqualTo(2);
    }
}
