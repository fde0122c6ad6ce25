package io.github.muskopenai.archive.domain.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.github.muskopenai.archive.ingest.Ids;

/** A short hash of a query's filters and sort, which a cursor must carry to be accepted. */
public final class Fingerprint {

    private final List<String> parts = new ArrayList<>();

    public Fingerprint add(String name, Object value) {
        parts.add(name + "=" + (value == null ? "" : value));
        return this;
    }

    /** Order-insensitive: repeating a parameter ORs its values, so their order does not matter. */
    public Fingerprint addAll(String name, Collection<String> values) {
        List<String> sorted = values == null ? List.of() : values.stream().map(String::toLowerCase).sorted().toList();
        return add(name, String.join("\u001f", sorted));
    }

    public String hash() {
        return Ids.hash(12, parts.toArray(String[]::new));
    }
}
