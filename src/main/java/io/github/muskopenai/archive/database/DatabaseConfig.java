package io.github.muskopenai.archive.database;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code archive.*}: the embedded database and the read-only role the API serves through. */
@ConfigMapping(prefix = "archive")
public interface DatabaseConfig {

    EmbeddedDb embeddedDb();

    Reader reader();

    /** The embedded PostgreSQL, started when no datasource URL is configured. */
    interface EmbeddedDb {
        /** Where its data lives between runs, relative to the working directory. */
        @WithDefault("data/postgres")
        String dataDir();

        /** Its TCP port on localhost; 0 picks a free one. */
        @WithDefault("0")
        int port();

        /** Set by Main when it started the embedded server (not meant to be configured). */
        @WithDefault("false")
        boolean active();
    }

    /** The role the API reads with: it may only SELECT. */
    interface Reader {
        @WithDefault("archive_reader")
        String username();

        /** Its password; set your own wherever the database is reachable by others. */
        Optional<String> password();

        /** Create the role and grant it SELECT at startup (needs CREATEROLE); off when a DBA manages it. */
        @WithDefault("true")
        boolean manageRole();

        /** Upper bound for every query the API runs. */
        @WithDefault("5s")
        Duration statementTimeout();
    }
}
