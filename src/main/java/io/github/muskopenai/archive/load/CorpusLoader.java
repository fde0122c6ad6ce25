package io.github.muskopenai.archive.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.ingest.CorpusParser;
import io.github.muskopenai.archive.ingest.CorpusSink;
import io.github.muskopenai.archive.ingest.ParseResult;
import io.github.muskopenai.archive.load.LoadReport.DocumentReport;
import io.github.muskopenai.archive.load.LoadReport.Outcome;

/**
 * Loads the documents of the corpus into PostgreSQL, all or nothing.
 * <p>
 * A load rebuilds the whole corpus from its documents in one transaction: readers keep seeing
 * the previous corpus until the commit, then see the new one, never a mix. A document with
 * parse errors makes the load roll back, so the corpus served before stays as it was. Rows are
 * streamed with COPY; into empty tables, indexes and foreign keys are built after the data.
 */
@ApplicationScoped
public class CorpusLoader {

    /** Serialises loads, also across processes (the CLI while the API runs). */
    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('musk-openai-archive.load'))";
    /** Children first, so the order also works with immediate constraints. */
    private static final List<String> TABLES = List.of("person_correspondent", "narrative_quote", "image", "event_message",
            "message_collections", "link_placeholder", "redaction", "message_quote", "message_recipient", "message_source", "message", "thread", "event",
            "person_alias", "person", "document_text", "document", "corpus_state");

    @Inject
    AgroalDataSource dataSource;

    public LoadReport load(List<Path> files, LoadMode mode, Consumer<String> progressOut) {
        try {
            return loadFiles(files, mode, progressOut);
        } catch (UncheckedIOException e) {
            throw new LoadException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
    }

    private LoadReport loadFiles(List<Path> files, LoadMode mode, Consumer<String> progressOut) {
        List<SourceFile> sources = files.stream().map(SourceFile::of).toList();
        String version = CorpusVersion.of(sources.stream().map(s -> new String[] {s.name(), s.sha256()}).toList());
        try (Connection connection = dataSource.getConnection()) {
            String current = LoadRecords.currentVersion(connection);
            if (mode == LoadMode.NEVER || mode == LoadMode.IF_CHANGED && version.equals(current)) {
                List<DocumentReport> documents = sources.stream()
                        .map(s -> new DocumentReport(s.name(), s.sha256(), 0, Map.of(), List.of())).toList();
                return new LoadReport(Outcome.UNCHANGED, current, documents, 0, 0);
            }
            connection.setAutoCommit(false);
            try {
                LoadReport report = loadInTransaction(connection, sources, version, current, progressOut);
                if (report.outcome() == Outcome.LOADED) {
                    connection.commit();
                    connection.setAutoCommit(true);
                    vacuum(connection, progressOut);
                } else {
                    connection.rollback();
                }
                return report;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LoadException("the load failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /**
     * Vacuums the new rows once committed (VACUUM cannot run in a transaction). Until a table is
     * vacuumed, its visibility map is empty, so counts and key reads cannot be index-only scans,
     * and the first readers of each page set its hint bits, writing on a read path; autovacuum
     * would get there later, at a time nobody chose. Readers are not blocked. It is best effort:
     * a page another process has pinned when VACUUM reaches it, or rows a snapshot older than the
     * load's commit may still need, stay not all-visible until autovacuum. A failure here loses
     * nothing (the load is committed); it is reported and autovacuum remains.
     */
    private static void vacuum(Connection connection, Consumer<String> progressOut) {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            // INDEX_CLEANUP ON: after a reload the old rows are dead tuples; by default VACUUM may skip
            // the index pass when they are few, leaving their pages not all-visible.
            statement.execute("vacuum (index_cleanup on) " + String.join(", ", TABLES));
            progressOut.accept(String.format(Locale.ROOT, "vacuumed the corpus tables in %.1f s",
                    (System.nanoTime() - started) / 1e9));
        } catch (SQLException e) {
            progressOut.accept("vacuum after the load failed (autovacuum will catch up): " + e.getMessage());
        }
    }

    private LoadReport loadInTransaction(Connection connection, List<SourceFile> sources, String version,
            String previousVersion, Consumer<String> progressOut) throws SQLException {
        prepare(connection);
        BulkIndexes indexes = null;
        if (LoadRecords.isEmpty(connection)) {
            indexes = new BulkIndexes();
            indexes.drop(connection);
        } else {
            clear(connection);
        }
        String loadedAt = LoadRecords.transactionTime(connection);
        LoadProgress progress = new LoadProgress(sources.stream().mapToLong(SourceFile::size).sum(), progressOut);
        List<DocumentReport> reports = new ArrayList<>();
        try (CopyPipeline pipeline = new CopyPipeline(connection.unwrap(PGConnection.class).getCopyAPI())) {
            CopyWriter writer = new CopyWriter(pipeline, progress);
            PeopleMerger people = parseAll(sources, writer, progress, loadedAt, reports);
            if (people == null) {
                return new LoadReport(Outcome.REFUSED, previousVersion, reports, 0, progress.seconds());
            }
            LoadRecords.people(writer.tables(), people.people());
            writer.finish();
        }
        LoadRecords.corpusState(connection, version, loadedAt);
        if (indexes != null) {
            indexes.restore(connection);
        }
        LoadRecords.derivedColumns(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
        long messages = reports.stream().mapToLong(r -> r.counts().getOrDefault("messages", 0)).sum();
        return new LoadReport(Outcome.LOADED, version, reports, messages, progress.seconds());
    }

    /**
     * Parses every document into the writer; returns their people, or null when a document has
     * errors (the rest are still parsed, without writing, so that all their issues are reported).
     */
    private static PeopleMerger parseAll(List<SourceFile> sources, CopyWriter writer, LoadProgress progress,
            String loadedAt, List<DocumentReport> reports) {
        PeopleMerger people = new PeopleMerger();
        boolean refused = false;
        for (int ordinal = 0; ordinal < sources.size(); ordinal++) {
            SourceFile source = sources.get(ordinal);
            writer.startDocument(source.name());
            ParseResult result = parse(source, refused ? new CorpusSink() {
            } : writer, progress);
            reports.add(new DocumentReport(source.name(), result.document().sha256(), result.document().lineCount(),
                    writer.counts(), result.issues()));
            if (result.hasErrors()) {
                refused = true;
                continue;
            }
            if (!result.document().sha256().equals(source.sha256())) {
                throw new LoadException(source.path() + " changed while it was being loaded");
            }
            people.add(source.name(), result.people());
            LoadRecords.document(writer.tables(), ordinal, result, writer.counts(), loadedAt);
            writer.documentText();
        }
        return refused ? null : people;
    }

    private static void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(LOCK);
            // A load may take minutes; index builds after a bulk copy want more memory than the default.
            statement.execute("set local statement_timeout = 0");
            statement.execute("set local maintenance_work_mem = '256MB'");
            statement.execute("set constraints all deferred");
            // A load reported as loaded is on disk, also where the server commits asynchronously by
            // default (the embedded PostgreSQL does); VACUUM after it can then mark its pages all-visible.
            statement.execute("set local synchronous_commit = on");
        }
    }

    private static void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // DELETE, not TRUNCATE: TRUNCATE would lock readers out until the load commits.
            for (String table : TABLES) {
                statement.execute("delete from " + table);
            }
        }
    }

    private static ParseResult parse(SourceFile source, CorpusSink sink, LoadProgress progress) {
        try (InputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(source.path()), 1 << 16),
                progress)) {
            return new CorpusParser().parse(source.name(), in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.path(), e);
        }
    }
}
