package io.github.muskopenai.archive.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;

/**
 * The real document, what a reader counts in it, and the database look-ups the load tests share.
 * Every test that loads something else puts the real corpus back with {@link #restore}: all
 * test classes share one database.
 */
final class CorpusFixture {

    static final Path REAL_DOCUMENT = Path.of("db/corpus/elon-and-openai-2.md");
    static final String REAL_NAME = "elon-and-openai-2.md";
    static final int REAL_LINES = 529;

    // Counted by reading the document.
    /** 20 header blocks (From: lines 41, 75, 89, 101, 144, …, 496) and 2 replies quoted on lines 48 and 470. */
    static final int MESSAGES = 22;
    /** Subject lines 39, 74, 99, 156, 208, 238, 258, 301, 379, 461, 495. */
    static final int THREADS = 11;
    /** 12 timeline items (lines 16–27) and 15 dated statements of the narrative. */
    static final int EVENTS = 27;
    /** Elon Musk, Sam Altman, Ilya Sutskever, Greg Brockman, Shivon Zilis, and Jared Birchall (line 287). */
    static final int PEOPLE = 6;
    /** Lines 31, 201, 253, 289, 291, 521, 522, 523, 528. */
    static final int IMAGES = 9;
    /** Passages of the narrative quoting an email, “…”. */
    static final int QUOTES = 22;

    /** The email of lines 41–46 ("Re: AI docs"); the API documents its id as the example. */
    static final String FIRST_EMAIL_ID = "3a2e690e9cfd2e1a";
    static final String FIRST_EMAIL_DATE = "Fri, Nov 20, 2015 at 12:29 PM";

    /** Every table a load writes, children first. */
    static final List<String> TABLES = List.of("person_correspondent", "narrative_quote", "image", "event_message",
            "message_collections", "link_placeholder", "redaction", "message_quote", "message_recipient", "message_source", "message", "thread", "event",
            "person_alias", "person", "document_text", "document", "corpus_state");

    private CorpusFixture() {
    }

    /** Loads the real document again, so that the other test classes see the corpus they expect. */
    static void restore(CorpusLoader loader) {
        LoadReport report = loader.load(List.of(REAL_DOCUMENT), LoadMode.ALWAYS, line -> {
        });
        if (report.outcome() != LoadReport.Outcome.LOADED) {
            throw new IllegalStateException("could not restore the real corpus: " + report.summary());
        }
    }

    static List<String> realLines() {
        try {
            return Files.readAllLines(REAL_DOCUMENT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code first}..{@code last} (1-based, inclusive) of the real document. */
    static List<String> realLines(int first, int last) {
        return realLines().subList(first - 1, last);
    }

    /** Writes {@code lines}, each ended by a newline, as the real document's lines are. */
    static Path write(Path directory, String name, List<String> lines) {
        try {
            return Files.writeString(directory.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> rowCounts(AgroalDataSource db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, Long.valueOf(string(db, "select count(*) from " + table)));
        }
        return counts;
    }

    /** A digest of every row of every table, apart from the load time that each load sets anew. */
    static Map<String, String> contents(AgroalDataSource db) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : TABLES) {
            String row = switch (table) {
                case "document" -> "(t.name, t.ordinal, t.sha256, t.title, t.published_text, t.source_title,"
                        + " t.source_url, t.previous_post, t.line_count, t.counts, t.issues)::text";
                case "corpus_state" -> "(t.version, t.parser_version)::text";
                default -> "t::text";
            };
            digests.put(table, string(db, "select md5(coalesce(string_agg(" + row + ", E'\\n' order by " + row
                    + "), '')) from " + table + " t"));
        }
        return digests;
    }

    static String version(AgroalDataSource db) {
        return string(db, "select version from corpus_state");
    }

    static String loadedAt(AgroalDataSource db) {
        return string(db, "select loaded_at::text from corpus_state");
    }

    /** The first column of the first row, or null when there is none. */
    static String string(AgroalDataSource db, String sql) {
        List<String> values = strings(db, sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row. */
    static List<String> strings(AgroalDataSource db, String sql) {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
