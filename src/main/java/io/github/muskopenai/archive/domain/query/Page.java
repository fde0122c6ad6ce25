package io.github.muskopenai.archive.domain.query;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the total of the whole list, and the cursor of the next page (or null). */
public record Page<T>(List<T> items, long total, int limit, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return withItems(items.stream().map(mapper).toList());
    }

    /** The same page (total, limit, cursor) with other items, e.g. the views of these. */
    public <R> Page<R> withItems(List<R> others) {
        return new Page<>(others, total, limit, nextCursor);
    }
}
