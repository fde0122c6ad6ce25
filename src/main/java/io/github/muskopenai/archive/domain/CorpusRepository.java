package io.github.muskopenai.archive.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** What is loaded: the corpus version, its documents and how many records of each kind. */
@ApplicationScoped
public class CorpusRepository {

    private static final List<String> KINDS = List.of("documents", "people", "threads", "messages", "events",
            "images", "quotes");

    @Inject
    EntityManager em;

    public Optional<CorpusState> state() {
        return em.createQuery("from CorpusState", CorpusState.class).getResultStream().findFirst();
    }

    /** Version and load time of the corpus, as one key: what an answer's ETag is derived from. */
    public Optional<String> stateKey() {
        // Plain JDBC on the transaction's connection: run once per request, a native query would add
        // an entry to Hibernate's query plan cache each time (its result mapping never compares equal).
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select version || '@' || loaded_at from corpus_state"); ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
            }
        });
    }

    public List<SourceDocument> documents() {
        return em.createQuery("from SourceDocument d order by d.ordinal", SourceDocument.class).getResultList();
    }

    /** Records per kind in the whole corpus. */
    public Map<String, Long> counts() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(*) from document), (select count(*) from person), (select count(*) from thread),
                       (select count(*) from message), (select count(*) from event), (select count(*) from image),
                       (select count(*) from narrative_quote)""").getSingleResult();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < KINDS.size(); i++) {
            counts.put(KINDS.get(i), ((Number) row[i]).longValue());
        }
        return counts;
    }
}
