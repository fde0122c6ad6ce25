package io.github.muskopenai.archive.domain;

import static io.github.muskopenai.archive.domain.query.SortSpec.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.muskopenai.archive.domain.query.InvalidQueryException;
import io.github.muskopenai.archive.domain.query.KeyType;
import io.github.muskopenai.archive.domain.query.MessageFilter;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.QueryProblem;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.github.muskopenai.archive.domain.query.Sql;
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

    @Inject
    PersonRepository people;

    /** One page of whole messages, with the total, in one statement. */
    public NamedMessagePage page(MessageFilter filter, PageRequest page) {
        return MessageRows.page(getEntityManager(), "message m", conditions(filter), page,
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
        return MessageRows.byId(getEntityManager(), id);
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

    /** The WHERE conditions of a filter; every problem with its values is reported at once. */
    NativeSql conditions(MessageFilter f) {
        List<QueryProblem> problems = new ArrayList<>();
        NativeSql sql = new NativeSql();
        Set<String> from = people.resolve("from", f.from(), problems);
        Set<String> to = people.resolve("to", f.to(), problems);
        Set<String> cc = people.resolve("cc", f.cc(), problems);
        Set<String> participant = people.resolve("participant", f.participant(), problems);
        requireThreads(f.thread(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }
        if (!from.isEmpty()) {
            sql.and("m.sender_id in (?)", from);
        }
        recipients(sql, "to", to);
        recipients(sql, "cc", cc);
        if (!participant.isEmpty()) {
            sql.and("(m.sender_id in (?) or exists (select 1 from message_recipient r where r.message_id = m.id"
                    + " and r.person_id in (?)))", participant, participant);
        }
        if (!f.thread().isEmpty()) {
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
            TextSearch.requireSearchable(getEntityManager(), "q", f.q());
            sql.and(TextSearch.MATCH.formatted("m.search"), f.q());
        }
        return sql;
    }

    private static void recipients(NativeSql sql, String kind, Set<String> ids) {
        if (!ids.isEmpty()) {
            sql.and("exists (select 1 from message_recipient r where r.message_id = m.id and r.kind = ?"
                    + " and r.person_id in (?))", kind, ids);
        }
    }

    private void requireThreads(List<String> threads, List<QueryProblem> problems) {
        if (threads.isEmpty()) {
            return;
        }
        List<String> known = getEntityManager().createQuery("select t.id from MailThread t where t.id in :ids", String.class)
                .setParameter("ids", threads).getResultList();
        threads.stream().filter(t -> !known.contains(t))
                .forEach(t -> problems.add(new QueryProblem("thread", "no thread has the id \"" + t + "\"")));
    }
}
