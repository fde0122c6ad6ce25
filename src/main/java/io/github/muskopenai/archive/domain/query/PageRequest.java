package io.github.muskopenai.archive.domain.query;

/**
 * Which page of a list: at most {@code limit} rows in {@code sort} order, after the position of
 * {@code cursor} (null for the first page).
 */
public record PageRequest(int limit, SortSpec sort, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
}
