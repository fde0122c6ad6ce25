package io.github.muskopenai.archive.domain.query;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The filters of a message list. Person references are ids, names or aliases; repeated values of
 * one filter are ORed, different filters are ANDed. {@code after} is inclusive, {@code before}
 * exclusive; null or empty means "no filter".
 */
public record MessageFilter(
        List<String> from,
        List<String> to,
        List<String> cc,
        List<String> participant,
        List<String> thread,
        LocalDateTime after,
        LocalDateTime before,
        Boolean quoted,
        Boolean redacted,
        String q) {

    public String fingerprint(SortSpec sort) {
        return new Fingerprint().addAll("from", from).addAll("to", to).addAll("cc", cc)
                .addAll("participant", participant).addAll("thread", thread).add("after", after).add("before", before)
                .add("quoted", quoted).add("redacted", redacted).add("q", q).add("sort", sort.name()).hash();
    }
}
