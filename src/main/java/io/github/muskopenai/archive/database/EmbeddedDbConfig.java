package io.github.muskopenai.archive.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code archive.embedded-db.*}: the embedded PostgreSQL, started when no datasource URL is configured. */
@ConfigMapping(prefix = "archive.embedded-db")
public interface EmbeddedDbConfig {

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
