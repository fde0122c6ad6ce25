package io.github.muskopenai.archive.domain.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of an event list: kinds (ORed), an interval the event must overlap ({@code after}
 * inclusive, {@code before} exclusive), people its messages involve (ORed), full-text words.
 */
public record EventFilter(List<String> kind, LocalDate after, LocalDate before, List<String> person, String q) {

    public String fingerprint(SortSpec sort) {
        return new Fingerprint().addAll("kind", kind).add("after", after).add("before", before)
                .addAll("person", person).add("q", q).add("sort", sort.name()).hash();
    }
}
