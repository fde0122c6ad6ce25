package io.github.muskopenai.archive.load;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code corpus.*}: which documents make up the corpus and when they are loaded. */
@ConfigMapping(prefix = "corpus")
public interface CorpusConfig {

    /** if-changed (default), always or never. */
    @WithDefault("if-changed")
    LoadMode load();

    /** Files or glob patterns, relative to the working directory; the corpus is exactly these documents. */
    @WithDefault("db/corpus/*.md")
    List<String> sources();
}
