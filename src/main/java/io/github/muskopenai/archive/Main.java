package io.github.muskopenai.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.github.muskopenai.archive.database.EmbeddedDatabase;
import io.github.muskopenai.archive.load.ParseCommand;
import io.github.muskopenai.archive.synth.SyntheticCorpusCommand;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged application and of dev mode.
 * <p>
 * When no datasource URL is configured it starts an embedded PostgreSQL first and points the
 * datasource at it, so a newcomer needs nothing but a JDK. With {@code QUARKUS_DATASOURCE_JDBC_URL}
 * set it starts nothing and uses that server.
 */
@QuarkusMain
public final class Main {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String EMBEDDED_DATA_DIR = "archive.embedded-db.data-dir";
    static final String EMBEDDED_PORT = "archive.embedded-db.port";
    /** Set by this class so the startup log can say which database is in use. */
    static final String EMBEDDED_ACTIVE = "archive.embedded-db.active";
    /** Set by Quarkus when the build runs the application to record its class-data archive. */
    static final String APPCDS_GENERATE = "quarkus.appcds.generate";

    private Main() {
    }

    public static void main(String... args) {
        // Commands that need no database run without starting Quarkus.
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(SyntheticCorpusCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("parse")) {
            System.exit(ParseCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (CdsTraining.isCommand(args)) {
            System.setProperty("quarkus.http.host", "127.0.0.1");
            System.setProperty("quarkus.http.port", String.valueOf(CdsTraining.freePort()));
        }
        if (ArchiveApplication.isLoadCommand(args)) {
            // The load command writes to the database and exits; it serves no HTTP and does not
            // also run the startup load.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("corpus.load", "never");
        }
        Config config = ConfigProvider.getConfig();
        // The build's AppCDS run only loads the classes of a start: it needs no database. The
        // training run of the archive always uses a throw-away embedded one, whatever is configured.
        if ((config.getOptionalValue(JDBC_URL, String.class).isEmpty() || CdsTraining.isCommand(args))
                && !Boolean.getBoolean(APPCDS_GENERATE)) {
            startEmbeddedDatabase(config);
        }
        Quarkus.run(ArchiveApplication.class, args);
    }

    private static void startEmbeddedDatabase(Config config) {
        Path dataDir = Path.of(config.getOptionalValue(EMBEDDED_DATA_DIR, String.class).orElse("data/postgres"));
        int port = config.getOptionalValue(EMBEDDED_PORT, Integer.class).orElse(0);
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(dataDir, port, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath(), e);
        }
        System.setProperty(JDBC_URL, database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty(EMBEDDED_ACTIVE, "true");
        System.setProperty(EMBEDDED_DATA_DIR, database.dataDirectory().toString());
        // Stop the server only after Quarkus has closed its connection pool: shutdown hooks run
        // concurrently, so this one waits for the application to finish stopping.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Application application = ApplicationLifecycleManager.getCurrentApplication();
            if (application != null) {
                application.awaitShutdown();
            }
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
            }
        }, "embedded-postgres-stop"));
    }
}
