package io.github.muskopenai.archive.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.github.muskopenai.archive.domain.query.Sql;

/** What is loaded: the corpus version, its documents and how many records of each kind. */
@ApplicationScoped
public class CorpusRepository {

    private static final List<String> KINDS = List.of("documents", "people", "threads", "messages", "events",
            "images", "quotes");

    /**
     * Version and load time of the corpus as one key, as a scalar subquery: what an answer's ETag is
     * derived from. A one-statement read selects it next to its data.
     */
    public static final String STATE_KEY = "(select version || '@' || loaded_at from corpus_state)";
    /** The name a one-statement read gives {@link #STATE_KEY} among its columns ({@code STATE_KEY as STATE_COLUMN}). */
    public static final String STATE_COLUMN = "corpus_state";

    @Inject
    EntityManager em;

    public Optional<CorpusState> state() {
        return session().createNativeQuery("select * from corpus_state", CorpusState.class).uniqueResultOptional();
    }

    /** The {@link #STATE_KEY} of the corpus loaded; empty when none is. */
    public Optional<String> stateKey() {
        return Optional.ofNullable(Sql.first(em, "select " + STATE_KEY, row -> row.getString(1)));
    }

    public List<SourceDocument> documents() {
        return session().createNativeQuery("select * from document order by ordinal", SourceDocument.class).getResultList();
    }

    /** Records per kind in the whole corpus. */
    public Map<String, Long> counts() {
        long[] row = Sql.first(em, """
                select (select count(*) from document), (select count(*) from person), (select count(*) from thread),
                       (select count(*) from message), (select count(*) from event), (select count(*) from image),
                       (select count(*) from narrative_quote)""", result -> {
            long[] values = new long[KINDS.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = result.getLong(i + 1);
            }
            return values;
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < KINDS.size(); i++) {
            counts.put(KINDS.get(i), row[i]);
        }
        return counts;
    }

    /**
     * Hibernate's session, for SQL queries mapped to entities: the corpus endpoint, often a client's
     * first request, answers without HQL, so it does not wait for Hibernate to load its HQL parser.
     */
    private Session session() {
        return em.unwrap(Session.class);
    }
}
