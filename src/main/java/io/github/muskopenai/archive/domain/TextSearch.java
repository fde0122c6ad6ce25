package io.github.muskopenai.archive.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

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
        // Plain JDBC: see KeysetPager on why per-request native queries bypass Hibernate's plan cache.
        int nodes = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select numnode(websearch_to_tsquery('english', ?))")) {
                statement.setString(1, q);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
        if (nodes == 0) {
            throw new InvalidQueryException(parameter,
                    "\"" + q + "\" has no searchable words (empty, or only stop words such as \"the\")");
        }
    }
}
