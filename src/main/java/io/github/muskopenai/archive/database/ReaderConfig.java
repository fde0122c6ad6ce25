package io.github.muskopenai.archive.database;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code archive.reader.*}: the role the API reads with; it may only SELECT. */
@ConfigMapping(prefix = "archive.reader")
public interface ReaderConfig {

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
