package io.github.muskopenai.archive.domain;

import static io.github.muskopenai.archive.domain.query.SortSpec.key;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.muskopenai.archive.domain.query.KeyType;
import io.github.muskopenai.archive.domain.query.MessageFilter;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.github.muskopenai.archive.domain.query.Sql;
import io.github.muskopenai.archive.domain.query.ValueChecks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Messages: filtered, keyset-paged lists and lookups. */
@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<Message, String> {

    private static final SortSpec.Key SENT_AT = key("m.sent_at", KeyType.TIMESTAMP);
    private static final SortSpec.Key ID = key("m.id", KeyType.TEXT);

    /** The sorts a message list accepts; the first is the default. Ties are broken by id. */
    public static final Map<String, SortSpec> SORTS = SortSpec.byName(
            SortSpec.ascending("sentAt", SENT_AT, ID),
            SortSpec.descending("-sentAt", SENT_AT, ID));

    /** Of a text[] of thread ids (one placeholder): those that name no thread. */
    private static final String UNKNOWN_THREADS =
            "array(select v from unnest(?::text[]) v where not exists (select 1 from thread t where t.id = v))";

    @Inject
    ReaderPool pool;

    /**
     * One page of whole messages, with the total and the corpus state it was read in, in one
     * statement (one snapshot, no transaction needed), which also checks the filter's values.
     */
    public Stamped<NamedMessagePage> page(MessageFilter filter, PageRequest page) {
        return MessageRows.page(pool.statement(), "message m", conditions(filter), page,
                filter.fingerprint(page.sort()));
    }

    /** The messages with these ids, whole, in the order of the ids, in one statement. */
    public NamedMessages byIds(List<String> ids) {
        return MessageRows.byIds(getEntityManager(), ids);
    }

    /**
     * The message with this id, whole, and the corpus state it was read in: one statement, so one
     * snapshot without a transaction.
     */
    public Optional<Stamped<NamedMessages>> byId(String id) {
        return MessageRows.byId(pool.statement(), id);
    }

    /** The message's lines in its (first) source document, verbatim. */
    public String sourceLines(Message message) {
        return Sql.first(getEntityManager(), "select substr(t.content, m.source_offset + 1, m.source_length) from message m"
                + " join document_text t on t.name = m.source_document where m.id = ?", row -> row.getString(1), message.id);
    }

    /** The messages of a thread, whole, in thread order, in one statement. */
    public NamedMessages inThread(String threadId) {
        return MessageRows.inThread(getEntityManager(), threadId);
    }

    /**
     * The WHERE conditions of a filter, with the checks of its values (people, threads, search
     * words): the statement that uses the conditions evaluates them, so the names resolve in its
     * snapshot; {@link ValueChecks#verify(jakarta.persistence.EntityManager)} runs them alone.
     */
    NativeSql conditions(MessageFilter f) {
        NativeSql sql = new NativeSql();
        ValueChecks checks = sql.checks();
        if (!f.from().isEmpty()) {
            sql.and("m.sender_id in " + PersonRepository.NAMED, PersonRepository.named("from", f.from(), checks));
        }
        recipients(sql, "to", f.to());
        recipients(sql, "cc", f.cc());
        if (!f.participant().isEmpty()) {
            sql.and(PersonRepository.INVOLVING, PersonRepository.involving("participant", f.participant(), checks));
        }
        if (!f.thread().isEmpty()) {
            checks.add("thread", UNKNOWN_THREADS, f.thread(), UnaryOperator.identity(),
                    t -> "no thread has the id \"" + t + "\"");
            sql.and("m.thread_id in (?)", f.thread());
        }
        if (f.after() != null) {
            sql.and("m.sent_at >= ?", f.after());
        }
        if (f.before() != null) {
            sql.and("m.sent_at < ?", f.before());
        }
        if (f.quoted() != null) {
            sql.and("m.quoted_only = ?", f.quoted());
        }
        if (f.redacted() != null) {
            sql.and("m.has_redactions = ?", f.redacted());
        }
        if (f.q() != null) {
            TextSearch.checkSearchable(checks, "q", f.q());
            sql.and(TextSearch.MATCH.formatted("m.search"), f.q());
        }
        return sql;
    }

    private static void recipients(NativeSql sql, String kind, List<String> people) {
        if (!people.isEmpty()) {
            sql.and("exists (select 1 from message_recipient r where r.message_id = m.id and r.kind = ?"
                    + " and r.person_id in " + PersonRepository.NAMED + ")",
                    Stream.concat(Stream.of(kind), Arrays.stream(PersonRepository.named(kind, people, sql.checks())))
                            .toArray());
        }
    }
}
