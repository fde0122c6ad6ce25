package io.github.muskopenai.archive.ingest;

import java.util.HashSet;
import java.util.Set;

/** Hands out ids that are unique within a document: a repeated base gets "-2", "-3", … */
final class UniqueIds {

    private final Set<String> used = new HashSet<>();

    String unique(String base) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
