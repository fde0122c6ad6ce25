package io.github.muskopenai.archive.domain;


import jakarta.persistence.EntityManager;


import io.github.muskopenai.archive.domain.query.InvalidQueryException;
import io.github.muskopenai.archive.domain.query.Sql;

/**
 * Full-text search terms, in PostgreSQL's websearch syntax ("quoted phrases", -exclusions, or)
 * with the English configuration the {@code search} columns are built with.
 */
public final class TextSearch {

    /** The SQL of a match against a tsvector column; bind the query text once. */
    public static final String MATCH = "%s @@ websearch_to_tsquery('english', ?)";

    private TextSearch() {
    }

    /** Refuses a query that has no searchable word (empty, or only stop words such as "the"). */
    public static void requireSearchable(EntityManager em, String parameter, String q) {
        int nodes = Sql.first(em, "select numnode(websearch_to_tsquery('english', ?))", row -> row.getInt(1), q);
        if (nodes == 0) {
            throw new InvalidQueryException(parameter,
                    "\"" + q + "\" has no searchable words (empty, or only stop words such as \"the\")");
        }
    }
}
