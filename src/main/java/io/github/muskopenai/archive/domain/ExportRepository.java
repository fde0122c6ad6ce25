package io.github.muskopenai.archive.domain;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.domain.query.EventFilter;
import io.github.muskopenai.archive.domain.query.MessageFilter;
import io.github.muskopenai.archive.domain.query.NativeSql;
import io.github.muskopenai.archive.domain.query.SortSpec;
import io.quarkus.agroal.DataSource;

/**
 * Every row matching a filter, streamed as text columns (for CSV): a cursor-based JDBC read in
 * one read-only snapshot, so memory stays flat whatever the size of the corpus.
 */
@ApplicationScoped
public class ExportRepository {

    /** A prepared export: validated when built (inside the request), streamed afterwards. */
    public record Export(List<String> columns, String sql, NativeSql where) {
    }

    /** Receives the rows of an export; {@code start} comes once the query runs, before the first row. */
    public interface RowSink {
        void start(List<String> columns) throws IOException;

        void row(List<String> values) throws IOException;
    }

    /** The corpus was reloaded between the request and its export: the answer would not match its ETag. */
    public static class CorpusChangedException extends RuntimeException {
        public CorpusChangedException() {
            super("the corpus was reloaded while the export was being prepared");
        }
    }

    public static final List<String> MESSAGE_COLUMNS = List.of("id", "threadId", "subject", "from", "fromId", "to", "toIds",
            "cc", "ccIds", "sentAt", "sentAtText", "timeZone", "forwarded", "quotedOnly", "redacted", "quotes", "quotedIn",
            "document", "firstLine", "lastLine", "body");

    public static final List<String> EVENT_COLUMNS = List.of("id", "kind", "dateText", "start", "end", "precision", "title",
            "titleRaw", "parentId", "messageIds", "document", "firstLine", "lastLine", "text");

    private static final String LOCAL_TIME = "case when extract(second from %1$s) = 0"
            + " then to_char(%1$s, 'YYYY-MM-DD\"T\"HH24:MI') else to_char(%1$s, 'YYYY-MM-DD\"T\"HH24:MI:SS') end";
    private static final String RECIPIENTS = "(select string_agg(%s, '; ' order by r.position) from message_recipient r"
            + " left join person p on p.id = r.person_id where r.message_id = m.id and r.kind = '%s')";

    private static final String MESSAGES = "select m.id, m.thread_id, m.subject, coalesce(ps.name, m.sender_redacted_text),"
            + " m.sender_id, " + RECIPIENTS.formatted("coalesce(p.name, r.redacted_text)", "to") + ", "
            + RECIPIENTS.formatted("coalesce(r.person_id, '')", "to") + ", " + RECIPIENTS.formatted("coalesce(p.name, r.redacted_text)", "cc")
            + ", " + RECIPIENTS.formatted("coalesce(r.person_id, '')", "cc") + ", " + LOCAL_TIME.formatted("m.sent_at")
            + ", m.sent_at_text, m.time_zone, m.forwarded::text, m.quoted_only::text, m.has_redactions::text,"
            + " (select string_agg(q.quoted_message_id, ' ' order by q.quoted_message_id) from message_quote q"
            + " where q.quoting_message_id = m.id),"
            + " (select string_agg(q.quoting_message_id, ' ' order by q.quoting_message_id) from message_quote q"
            + " where q.quoted_message_id = m.id),"
            + " m.source_document, m.first_line::text, m.last_line::text, m.body"
            + " from message m left join person ps on ps.id = m.sender_id";

    private static final String EVENTS = "select e.id, e.kind, e.date_text, e.start_date::text, e.end_date::text, e.precision,"
            + " e.title, e.title_raw, e.parent_id, (select string_agg(em.message_id, ' ' order by em.position)"
            + " from event_message em where em.event_id = e.id), e.source_document, e.first_line::text,"
            + " e.last_line::text, e.text from event e";

    @Inject
    @DataSource("reader")
    AgroalDataSource reader;

    @Inject
    EntityManager em;

    @Inject
    MessageRepository messages;

    @Inject
    EventRepository events;

    /** The export of the messages a filter selects; throws the problems of its values first. */
    public Export messages(MessageFilter filter, SortSpec sort) {
        NativeSql where = messages.conditions(filter);
        where.checks().verify(em);
        return new Export(MESSAGE_COLUMNS, MESSAGES + where.jdbcWhere() + sort.orderBy(), where);
    }

    /** The export of the events a filter selects; throws the problems of its values first. */
    public Export events(EventFilter filter, SortSpec sort) {
        NativeSql where = events.conditions(filter);
        where.checks().verify(em);
        return new Export(EVENT_COLUMNS, EVENTS + where.jdbcWhere() + sort.orderBy(), where);
    }

    /**
     * Streams the rows; pgjdbc fetches them in batches because the read runs in a transaction.
     * Nothing reaches the sink before the query runs, so an outage fails the request cleanly.
     *
     * @param state the corpus state the request was answered from (its ETag), or null
     */
    public void stream(Export export, String state, RowSink sink) throws SQLException, IOException {
        try (Connection connection = reader.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(export.sql())) {
                requireState(connection, state);
                statement.setFetchSize(1000);
                export.where().bindJdbc(statement, 1);
                try (ResultSet rows = statement.executeQuery()) {
                    sink.start(export.columns());
                    int columns = export.columns().size();
                    while (rows.next()) {
                        List<String> values = new ArrayList<>(columns);
                        for (int i = 1; i <= columns; i++) {
                            values.add(rows.getString(i));
                        }
                        sink.row(values);
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** The first read of the export's snapshot: the same corpus state as the request, or stop. */
    private static void requireState(Connection connection, String state) throws SQLException {
        if (state == null) {
            return;
        }
        try (PreparedStatement current = connection.prepareStatement(
                "select " + CorpusRepository.STATE_KEY);
                ResultSet rows = current.executeQuery()) {
            if (!rows.next() || !state.equals(rows.getString(1))) {
                throw new CorpusChangedException();
            }
        }
    }
}
