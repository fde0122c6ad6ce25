package io.github.muskopenai.archive.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.muskopenai.archive.domain.query.Jdbc;
import io.github.muskopenai.archive.domain.query.KeysetPager;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.Sql;

/**
 * Whole messages in ONE statement: the row, the sender's name and every collection with the
 * names of the people it names, which the load derives into one JSON value per message
 * (message_collections, migration V8, in the order the entity's {@code @OrderBy} gives).
 * Loading the entity through Hibernate costs a statement per collection plus one for the names;
 * on a by-id request those round trips were most of the time. Aggregating the collections per
 * request instead (six correlated subqueries per message) was most of PostgreSQL's time for a
 * page of 50.
 * <p>
 * The messages built here are plain objects, not managed entities.
 */
final class MessageRows {

    private static final String COLUMNS = """
            m.id, m.thread_id, m.thread_position, m.sender_id, m.sender_redacted_text, m.subject, m.sent_at,
                   m.sent_at_text, m.time_zone, m.body, m.forwarded, m.quoted_only, m.has_redactions,
                   m.source_document, m.first_line, m.last_line, s.name,
                   c.collections""";
    private static final String FROM = "message m left join person s on s.id = m.sender_id"
            + " left join message_collections c on c.message_id = m.id";
    private static final String SELECT = "select " + COLUMNS + " from " + FROM;
    private static final String BY_IDS = SELECT + " where m.id = any(?)";
    private static final String BY_ID = "select " + COLUMNS + ", " + CorpusRepository.STATE_KEY + " as "
            + CorpusRepository.STATE_COLUMN + " from " + FROM + " where m.id = ?";
    private static final String IN_THREAD = SELECT + " where m.thread_id = ? order by m.thread_position";
    /** Where a page of whole messages reads its rows (see {@link KeysetPager#rows}). */
    static final KeysetPager.RowSource PAGE_ROWS = new KeysetPager.RowSource(COLUMNS, FROM, "m.id");

    /** The arrays of message_collections.collections (V8): recipients, quotes, quoted in, redactions, links, sources. */
    private static final int COLLECTIONS = 6;

    private MessageRows() {
    }

    /** The messages with these ids, in the order of the ids (unknown ids are left out). */
    static NamedMessages byIds(EntityManager em, List<String> ids) {
        if (ids.isEmpty()) {
            return new NamedMessages(List.of(), Map.of());
        }
        Map<String, String> names = new HashMap<>();
        List<Message> found = Sql.list(em, BY_IDS, row -> message(row, names), ids);
        return new NamedMessages(AggregatedRows.inOrderOf(ids, found, m -> m.id), names);
    }

    /** The message with this id and the corpus state it was read in, in one statement (one snapshot). */
    static Optional<Stamped<NamedMessages>> byId(Jdbc jdbc, String id) {
        Map<String, String> names = new HashMap<>();
        Stamped<Message> found = Sql.first(jdbc, BY_ID,
                row -> new Stamped<>(message(row, names), row.getString(CorpusRepository.STATE_COLUMN)), id);
        return Optional.ofNullable(found)
                .map(row -> new Stamped<>(new NamedMessages(List.of(row.value()), names), row.corpusState()));
    }

    /**
     * One page of whole messages with its total and the corpus state it was read in, in one
     * statement (one snapshot), which also checks the filter's values.
     */
    static Stamped<NamedMessagePage> page(Jdbc jdbc, String from, NativeSql filter, PageRequest request,
            String fingerprint) {
        Map<String, String> names = new HashMap<>();
        KeysetPager.StampedPage<Message> page = KeysetPager.rows(jdbc, from, filter, request, fingerprint, PAGE_ROWS,
                CorpusRepository.STATE_KEY, row -> message(row, names));
        return new Stamped<>(new NamedMessagePage(page.page(), names), page.stamp());
    }

    /** The messages of a thread, in thread order. */
    static NamedMessages inThread(EntityManager em, String threadId) {
        Map<String, String> names = new HashMap<>();
        return new NamedMessages(Sql.list(em, IN_THREAD, row -> message(row, names), threadId), names);
    }

    private static Message message(ResultSet row, Map<String, String> names) throws SQLException {
        Message m = new Message();
        m.id = row.getString(1);
        m.threadId = row.getString(2);
        m.threadPosition = row.getInt(3);
        m.senderId = row.getString(4);
        m.senderRedactedText = row.getString(5);
        m.subject = row.getString(6);
        m.sentAt = row.getTimestamp(7).toLocalDateTime();
        m.sentAtText = row.getString(8);
        m.timeZone = row.getString(9);
        m.bodyUtf8 = row.getBytes(10); // text arrives as UTF-8: pgjdbc always sets client_encoding UTF8
        m.forwarded = row.getBoolean(11);
        m.quotedOnly = row.getBoolean(12);
        m.hasRedactions = row.getBoolean(13);
        m.source = AggregatedRows.source(row.getString(14), row.getInt(15), row.getInt(16));
        if (m.senderId != null) {
            names.put(m.senderId, row.getString(17));
        }
        JsonNode collections = AggregatedRows.collections(m.id, row.getString(18), COLLECTIONS);
        for (JsonNode r : collections.get(0)) {
            Recipient recipient = new Recipient();
            recipient.kind = r.get(0).asText();
            recipient.position = r.get(1).asInt();
            recipient.personId = AggregatedRows.text(r.get(2));
            recipient.redactedText = AggregatedRows.text(r.get(3));
            if (recipient.personId != null) {
                names.put(recipient.personId, AggregatedRows.text(r.get(4)));
            }
            m.recipients.add(recipient);
        }
        collections.get(1).forEach(id -> m.quotes.add(id.asText()));
        collections.get(2).forEach(id -> m.quotedIn.add(id.asText()));
        for (JsonNode x : collections.get(3)) {
            RedactionMark mark = new RedactionMark();
            mark.position = x.get(0).asInt();
            mark.kind = x.get(1).asText();
            mark.line = x.get(2).asInt();
            mark.column = x.get(3).asInt();
            mark.length = x.get(4).asInt();
            mark.bodyOffset = x.get(5).isNull() ? null : x.get(5).asInt();
            m.redactions.add(mark);
        }
        for (JsonNode l : collections.get(4)) {
            LinkMark mark = new LinkMark();
            mark.position = l.get(0).asInt();
            mark.text = l.get(1).asText();
            mark.line = l.get(2).asInt();
            mark.column = l.get(3).asInt();
            mark.bodyOffset = l.get(4).asInt();
            m.linkPlaceholders.add(mark);
        }
        for (JsonNode o : collections.get(5)) {
            m.sources.add(AggregatedRows.source(o.get(0).asText(), o.get(1).asInt(), o.get(2).asInt()));
        }
        return m;
    }
}
