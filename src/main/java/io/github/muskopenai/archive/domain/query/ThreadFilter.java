package io.github.muskopenai.archive.domain.query;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The filters of a thread list: people taking part (ORed), a subject fragment, and a time window
 * the thread must have a message in ({@code after} inclusive, {@code before} exclusive).
 */
public record ThreadFilter(List<String> participant, String q, LocalDateTime after, LocalDateTime before) {

    public String fingerprint(SortSpec sort) {
        return new Fingerprint().addAll("participant", participant).add("q", q).add("after", after)
                .add("before", before).add("sort", sort.name()).hash();
    }
}
