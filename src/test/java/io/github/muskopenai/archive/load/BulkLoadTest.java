package io.github.muskopenai.archive.load;

import static io.github.muskopenai.archive.load.CorpusFixture.REAL_DOCUMENT;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_NAME;
import static io.github.muskopenai.archive.load.CorpusFixture.TABLES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.load.LoadReport.Outcome;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A load into an empty corpus drops the secondary indexes and foreign keys and builds them after
 * the data; afterwards the schema is exactly what the migration defines, and the data is what a
 * normal load writes.
 */
@QuarkusTest
class BulkLoadTest {

    /** Every index of the schema with its definition (the migration's, the primary keys' and the unique ones). */
    private static final String INDEXES = """
            select indexname || ' ' || indexdef from pg_indexes
            where schemaname = current_schema() order by indexname""";
    /** Every constraint (foreign key, check, primary key, unique) with its definition and deferrability. */
    private static final String CONSTRAINTS = """
            select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                   || ' deferrable=' || condeferrable || ' validated=' || convalidated
            from pg_constraint where connamespace = current_schema()::regnamespace order by 1""";
    /** Object ids change when an index or a foreign key is dropped and created again. */
    private static final String REBUILT_OBJECTS = """
            select c.relname || ' ' || c.oid from pg_class c join pg_index i on i.indexrelid = c.oid
            where c.relnamespace = current_schema()::regnamespace and not i.indisprimary and not i.indisunique
              and i.indrelid <> 'flyway_schema_history'::regclass
            union all
            select conname || ' ' || oid from pg_constraint
            where contype = 'f' and connamespace = current_schema()::regnamespace
            order by 1""";

    /** Pages and all-visible pages of the tables the lists read, as VACUUM and ANALYZE record them. */
    private static final String VISIBLE_PAGES = """
            select relname || ' ' || relpages || ' ' || relallvisible from pg_class
            where relname in ('message', 'message_recipient', 'event', 'thread') order by 1""";

    /** How PostgreSQL stores the search columns: 'm' (main) keeps a value in the row, 'x' (extended) may move it out. */
    private static final String SEARCH_STORAGE = """
            select attrelid::regclass::text || '.' || attname || ' ' || attstorage::text from pg_attribute
            where attname = 'search' and attrelid in ('message'::regclass, 'event'::regclass) order by 1""";

    /** Server settings {@link #quietServer()} sets for one test: no autovacuum, no background writes, no timed checkpoint. */
    private static final Map<String, String> QUIET_SETTINGS = Map.of(
            "autovacuum", "off", "bgwriter_lru_maxpages", "0", "checkpoint_timeout", "'1h'");

    /** "3 emails" under "### Bi-weekly updates"; "4 emails" there is an error. */
    private static final int DECLARED_COUNT_LINE = 100;

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource db;

    private List<String> indexes;
    private List<String> constraints;
    private Map<String, Long> counts;
    private Map<String, String> contents;
    private String version;

    @BeforeEach
    void rememberTheSchemaAndTheData() {
        indexes = CorpusFixture.strings(db, INDEXES);
        constraints = CorpusFixture.strings(db, CONSTRAINTS);
        counts = CorpusFixture.rowCounts(db);
        contents = CorpusFixture.contents(db);
        version = CorpusFixture.version(db);
    }

    @AfterEach
    void restoreTheRealCorpus() {
        CorpusFixture.restore(loader);
    }

    @Test
    void theSchemaHasTheMigrationsIndexesAndForeignKeys() {
        // A sample, read from V1__corpus_schema.sql, so that an empty comparison cannot pass by accident.
        assertThat(indexes).anyMatch(i -> i.startsWith("message_search_idx ") && i.contains("USING gin (search)"))
                .anyMatch(i -> i.startsWith("person_name_lower_idx ") && i.contains("lower(name)"));
        assertThat(constraints).anyMatch(c -> c.startsWith("message_source ") && c.contains("FOREIGN KEY (message_id)"
                + " REFERENCES message(id) ON DELETE CASCADE DEFERRABLE"));
    }

    @Test
    void aMessagesSearchVectorIsKeptInItsRow() {
        // V5: a search reads the vector of every match; events keep PostgreSQL's default.
        assertThat(CorpusFixture.strings(db, SEARCH_STORAGE)).containsExactly("event.search x", "message.search m");
    }

    @Test
    void loadingIntoAnEmptyCorpusRebuildsEveryIndexAndForeignKey() throws SQLException {
        List<String> objects = CorpusFixture.strings(db, REBUILT_OBJECTS);
        deleteEverything();

        LoadReport report = loader.load(List.of(REAL_DOCUMENT), LoadMode.ALWAYS, line -> {
        });

        assertThat(report.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(CorpusFixture.strings(db, INDEXES)).isEqualTo(indexes);
        assertThat(CorpusFixture.strings(db, CONSTRAINTS)).isEqualTo(constraints);
        // Same names, new object ids: the bulk path dropped and created them.
        List<String> rebuilt = CorpusFixture.strings(db, REBUILT_OBJECTS);
        assertThat(rebuilt).hasSameSizeAs(objects).doesNotContainAnyElementsOf(objects);
    }

    @Test
    void loadingIntoAnEmptyCorpusWritesWhatANormalLoadWrites() throws SQLException {
        deleteEverything();

        LoadReport report = loader.load(List.of(REAL_DOCUMENT), LoadMode.IF_CHANGED, line -> {
        });

        assertThat(report.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(report.version()).isEqualTo(version);
        assertThat(CorpusFixture.version(db)).isEqualTo(version);
        assertThat(CorpusFixture.rowCounts(db)).isEqualTo(counts);
        assertThat(CorpusFixture.contents(db)).isEqualTo(contents);
    }

    @Test
    void aLoadIntoAFilledCorpusKeepsItsIndexes() {
        List<String> objects = CorpusFixture.strings(db, REBUILT_OBJECTS);

        loader.load(List.of(REAL_DOCUMENT), LoadMode.ALWAYS, line -> {
        });

        assertThat(CorpusFixture.strings(db, REBUILT_OBJECTS)).isEqualTo(objects);
    }

    @Test
    void aRefusedLoadIntoAnEmptyCorpusLeavesItEmptyWithEveryIndex(@TempDir Path dir) throws SQLException {
        List<String> lines = new ArrayList<>(CorpusFixture.realLines());
        lines.set(DECLARED_COUNT_LINE - 1, "4 emails");
        Path broken = CorpusFixture.write(dir, REAL_NAME, lines);
        deleteEverything();

        LoadReport report = loader.load(List.of(broken), LoadMode.ALWAYS, line -> {
        });

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.version()).isNull();
        assertThat(CorpusFixture.rowCounts(db).values()).containsOnly(0L);
        assertThat(CorpusFixture.strings(db, INDEXES)).isEqualTo(indexes);
        assertThat(CorpusFixture.strings(db, CONSTRAINTS)).isEqualTo(constraints);
    }

    @Test
    void aCommittedLoadLeavesItsTablesVacuumed() throws InterruptedException, SQLException {
        List<String> progress = new ArrayList<>();
        try {
            quietServer();

            loader.load(List.of(REAL_DOCUMENT), LoadMode.ALWAYS, progress::add);
        } finally {
            resetServer();
        }

        assertThat(progress).anyMatch(line -> line.startsWith("vacuumed the corpus tables in "));
        // relallvisible: pages the visibility map marks all-visible. ANALYZE in the load's
        // transaction leaves it 0 on new pages; only VACUUM sets it (index-only scans need it).
        assertThat(CorpusFixture.strings(db, VISIBLE_PAGES)).hasSize(4).allSatisfy(row -> {
            String[] pages = row.split(" ");
            assertThat(Integer.parseInt(pages[1])).as("pages of %s", pages[0]).isPositive();
            assertThat(pages[2]).as("all-visible pages of %s", pages[0]).isEqualTo(pages[1]);
        });
    }

    /**
     * Keeps the server's own processes off the corpus pages while the load and its VACUUM run.
     * VACUUM marks a page all-visible only if it gets the page's cleanup lock at once: a page
     * another process has pinned at that moment (the background writer or a checkpoint writing
     * it out) is passed over and stays not all-visible; an autovacuum worker whose snapshot is
     * older than the load's commit would keep every new page from it. Full runs twice left 3 of
     * event's 7 pages not all-visible after the earlier classes' large loads, which fits the pins.
     * Outside this test the loader's VACUUM stays best effort; autovacuum catches up.
     */
    private void quietServer() throws InterruptedException, SQLException {
        for (Map.Entry<String, String> setting : QUIET_SETTINGS.entrySet()) {
            execute("alter system set " + setting.getKey() + " = " + setting.getValue());
        }
        execute("select pg_reload_conf()");
        execute("checkpoint");
        awaitNoAutovacuum();
    }

    private void resetServer() throws SQLException {
        for (String name : QUIET_SETTINGS.keySet()) {
            execute("alter system reset " + name);
        }
        execute("select pg_reload_conf()");
    }

    /** Waits (up to a minute) until no autovacuum worker runs in this database. */
    private void awaitNoAutovacuum() throws InterruptedException {
        String running = "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'"
                + " and datname = current_database()";
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!"0".equals(CorpusFixture.string(db, running)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Empties every table in one transaction, children first. */
    private void deleteEverything() throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.execute("delete from " + table);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        assertThat(CorpusFixture.rowCounts(db).values()).containsOnly(0L);
    }
}
