package io.github.muskopenai.archive.load;

import java.util.ArrayList;
import java.util.List;

import io.github.muskopenai.archive.ingest.CorpusParser;
import io.github.muskopenai.archive.ingest.Ids;

/**
 * The version of a corpus: a hash of the parser version and each document's name and sha256.
 * The same documents always give the same version, so a start with unchanged documents loads
 * nothing (corpus.load=if-changed) and every ETag stays valid. ETags also name the load time, so
 * a forced reload of the same documents changes them.
 */
final class CorpusVersion {

    private CorpusVersion() {
    }

    /** {@code documents}: name and sha256 pairs, in corpus order. */
    static String of(List<String[]> documents) {
        List<String> parts = new ArrayList<>();
        parts.add("parser-" + CorpusParser.VERSION);
        for (String[] document : documents) {
            parts.add(document[0]);
            parts.add(document[1]);
        }
        return Ids.hash(16, parts.toArray(String[]::new));
    }
}
