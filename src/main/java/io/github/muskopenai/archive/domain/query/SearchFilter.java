package io.github.muskopenai.archive.domain.query;

import java.util.List;

/** A full-text search: the query (websearch syntax) and the record types to search (empty = all). */
public record SearchFilter(String q, List<String> type) {

    public String fingerprint(SortSpec sort) {
        return new Fingerprint().add("q", q).addAll("type", type).add("sort", sort.name()).hash();
    }
}
