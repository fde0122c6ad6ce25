package io.github.muskopenai.archive.domain;

import jakarta.persistence.EntityManager;

import io.github.muskopenai.archive.domain.query.InvalidQueryException;

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
        Number nodes = (Number) em.createNativeQuery("select numnode(websearch_to_tsquery('english', :q))")
                .setParameter("q", q).getSingleResult();
        if (nodes.intValue() == 0) {
            throw new InvalidQueryException(parameter,
                    "\"" + q + "\" has no searchable words (empty, or only stop words such as \"the\")");
        }
    }
}
