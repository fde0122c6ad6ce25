package io.github.muskopenai.archive.domain.query;

import java.util.List;

/** The filters of a person list: roles (ORed) and a name or alias fragment. */
public record PersonFilter(List<String> role, String q) {

    public String fingerprint(SortSpec sort) {
        return new Fingerprint().addAll("role", role).add("q", q).add("sort", sort.name()).hash();
    }
}
