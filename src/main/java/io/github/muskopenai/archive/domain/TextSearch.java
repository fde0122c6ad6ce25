package io.github.muskopenai.archive.domain;

import java.util.List;
import java.util.function.UnaryOperator;

import io.github.muskopenai.archive.domain.query.ValueChecks;

/**
 * Full-text search terms, in PostgreSQL's websearch syntax ("quoted phrases", -exclusions, or)
 * with the English configuration the {@code search} columns are built with.
 */
public final class TextSearch {

    /** The SQL of a match against a tsvector column; bind the query text once. */
    public static final String MATCH = "%s @@ websearch_to_tsquery('english', ?)";

    /** Of a text[] of search texts (one placeholder): those without a searchable word. */
    private static final String UNSEARCHABLE =
            "array(select v from unnest(?::text[]) v where numnode(websearch_to_tsquery('english', v)) = 0)";

    private TextSearch() {
    }

    /**
     * Adds to {@code checks} that the query has a searchable word, refusing one that has none
     * (empty, or only stop words such as "the"), for the statement that searches to evaluate.
     */
    public static void checkSearchable(ValueChecks checks, String parameter, String q) {
        checks.add(parameter, UNSEARCHABLE, List.of(q), UnaryOperator.identity(), TextSearch::unsearchable);
    }

    private static String unsearchable(String q) {
        return "\"" + q + "\" has no searchable words (empty, or only stop words such as \"the\")";
    }
}
