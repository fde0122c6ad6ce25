package io.github.muskopenai.archive.domain.query;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the total of the whole list, and the cursor of the next page (or null). */
public record Page<T>(List<T> items, long total, int limit, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, limit, nextCursor);
    }
}
