package io.github.muskopenai.archive.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.muskopenai.archive.ingest.CorpusParser;
import io.github.muskopenai.archive.ingest.ParseIssue;
import io.github.muskopenai.archive.ingest.ParseResult;
import io.github.muskopenai.archive.ingest.ParsedDocument;
import io.github.muskopenai.archive.ingest.ParsedPerson;

/** The rows a load writes besides the parser's records: documents, people and the corpus state. */
final class LoadRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadRecords() {
    }

    /** The version being served, or null when no corpus was ever loaded. */
    static String currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version from corpus_state")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select not exists (select 1 from message)"
                        + " and not exists (select 1 from event) and not exists (select 1 from document)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** The transaction's start time as COPY accepts it: one load time for all its rows. */
    static String transactionTime(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")) {
            rows.next();
            return rows.getString(1);
        }
    }

    static void document(CopyTables tables, int ordinal, ParseResult result, Map<String, Integer> counts, String loadedAt) {
        ParsedDocument d = result.document();
        Map<String, Object> allCounts = new LinkedHashMap<>(counts);
        allCounts.put("people", result.people().size());
        List<Map<String, Object>> issues = new ArrayList<>();
        for (ParseIssue issue : result.issues()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("line", issue.line());
            entry.put("severity", issue.severity().name().toLowerCase());
            entry.put("message", issue.message());
            issues.add(entry);
        }
        tables.document.row(d.name(), ordinal, d.sha256(), d.title(), d.date(), d.sourceTitle(), d.sourceUrl(),
                d.previousPost(), d.lineCount(), loadedAt, json(allCounts), json(issues));
    }

    static void people(CopyTables tables, List<PeopleMerger.Person> people) {
        for (PeopleMerger.Person merged : people) {
            ParsedPerson p = merged.person();
            tables.person.row(p.id(), p.name(), p.role().wireName(), p.description(), merged.document(),
                    p.source().firstLine(), p.source().lastLine());
            for (int i = 0; i < p.aliases().size(); i++) {
                tables.personAlias.row(p.id(), i, p.aliases().get(i));
            }
        }
    }

    /**
     * Fills the per-person and per-thread figures that lists sort on, who corresponded with whom,
     * each person's list of correspondents and each message's collections (functions of migrations
     * V3, V6 and V8), from the loaded messages.
     */
    static void derivedColumns(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    update thread t
                    set message_count = s.n, first_sent_at = s.first_sent, last_sent_at = s.last_sent
                    from (select thread_id, count(*) n, min(sent_at) first_sent, max(sent_at) last_sent
                          from message group by thread_id) s
                    where s.thread_id = t.id""");
            statement.execute("""
                    update person p
                    set messages_sent = coalesce(s.sent, 0), messages_received = coalesce(s.received, 0),
                        first_message_at = s.first_at, last_message_at = s.last_at
                    from (select person_id, sum(sent) sent, sum(received) received, min(sent_at) first_at,
                                 max(sent_at) last_at
                          from (select sender_id person_id, 1 sent, 0 received, sent_at
                                from message where sender_id is not null
                                union all
                                select r.person_id, 0, 1, m.sent_at
                                from (select distinct message_id, person_id from message_recipient
                                      where person_id is not null) r
                                join message m on m.id = r.message_id) x
                          group by person_id) s
                    where s.person_id = p.id""");
            statement.execute("select derive_person_correspondents()");
            statement.execute("select derive_correspondent_lists()");
            statement.execute("select derive_message_collections()");
        }
    }

    static void corpusState(Connection connection, String version, String loadedAt) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into corpus_state (singleton, version, parser_version, loaded_at)
                values (true, ?, ?, ?::timestamptz)
                on conflict (singleton) do update
                set version = excluded.version, parser_version = excluded.parser_version, loaded_at = excluded.loaded_at""")) {
            upsert.setString(1, version);
            upsert.setString(2, CorpusParser.VERSION);
            upsert.setString(3, loadedAt);
            upsert.executeUpdate();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
