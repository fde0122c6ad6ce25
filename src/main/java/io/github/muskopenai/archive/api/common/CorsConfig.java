package io.github.muskopenai.archive.api.common;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code archive.cors.*}: which browser origins may read the API. */
@ConfigMapping(prefix = "archive.cors")
public interface CorsConfig {

    /** Allowed origins, e.g. {@code https://timeline.example.org}; {@code *} allows all. */
    @WithDefault("*")
    List<String> origins();
}
