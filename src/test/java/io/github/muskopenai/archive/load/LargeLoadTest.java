package io.github.muskopenai.archive.load;

import static io.github.muskopenai.archive.load.CorpusFixture.MESSAGES;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_DOCUMENT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.load.LoadReport.Outcome;
import io.github.muskopenai.archive.synth.DocumentStats;
import io.github.muskopenai.archive.synth.SyntheticCorpusGenerator;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A document of ~12 MB fills the COPY buffers several times over (they are sent every 8 M
 * characters), so rows reach PostgreSQL in several batches, with references across batches.
 */
@QuarkusTest
class LargeLoadTest {

    private static final int SYNTHETIC_MESSAGES = 8_000;
    private static final long SEED = 7;

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource db;

    @TempDir
    static Path dir;

    /** Generated once: it takes a few seconds. */
    private static DocumentStats synthetic;

    @BeforeAll
    static void generate() throws IOException {
        List<DocumentStats> documents = new ArrayList<>();
        new SyntheticCorpusGenerator(REAL_DOCUMENT).generate(new SyntheticCorpusGenerator.Settings(SYNTHETIC_MESSAGES,
                SYNTHETIC_MESSAGES, SEED, dir, REAL_DOCUMENT), documents::add);
        assertThat(documents).singleElement().extracting(DocumentStats::messages).isEqualTo(SYNTHETIC_MESSAGES);
        synthetic = documents.get(0);
    }

    @AfterEach
    void restoreTheRealCorpus() {
        CorpusFixture.restore(loader);
    }

    @Test
    void loadsADocumentLargerThanTheCopyBuffersCompletely() throws IOException {
        LoadReport report = loader.load(List.of(REAL_DOCUMENT, dir.resolve(synthetic.name())), LoadMode.ALWAYS,
                line -> {
                });

        assertThat(report.outcome()).as(report.summary()).isEqualTo(Outcome.LOADED);
        assertThat(count("select count(*) from message")).isEqualTo(MESSAGES + SYNTHETIC_MESSAGES);
        assertThat(count("select count(*) from message_source")).isEqualTo(MESSAGES + SYNTHETIC_MESSAGES);
        assertThat(count("select count(*) from message where source_document = '" + synthetic.name() + "'"))
                .isEqualTo(synthetic.messages());
        assertThat(count("select count(*) from message m where not exists"
                + " (select 1 from thread t where t.id = m.thread_id)")).isZero();
        assertThat(CorpusFixture.string(db, "select md5(content) from document_text where name = '"
                + synthetic.name() + "'")).isEqualTo(md5(dir.resolve(synthetic.name())));
    }

    @Test
    void servesTheSourceLinesOfTheLastEmailOfALargeDocument() throws IOException {
        loader.load(List.of(REAL_DOCUMENT, dir.resolve(synthetic.name())), LoadMode.ALWAYS, line -> {
        });

        List<String> last = CorpusFixture.strings(db, "select id || ' ' || first_line || ' ' || last_line from message"
                + " where source_document = '" + synthetic.name() + "' order by first_line desc limit 1");
        String[] idFirstLast = last.get(0).split(" ");
        List<String> lines = Files.readAllLines(dir.resolve(synthetic.name()), StandardCharsets.UTF_8)
                .subList(Integer.parseInt(idFirstLast[1]) - 1, Integer.parseInt(idFirstLast[2]));

        String source = given().get("/api/messages/{id}/source", idFirstLast[0]).then().statusCode(200).extract()
                .asString();

        assertThat(source).isEqualTo(String.join("\n", lines));
    }

    @Test
    void derivesEveryPairOfCorrespondentsAndEachPersonsListFromTheMessages() {
        loader.load(List.of(REAL_DOCUMENT, dir.resolve(synthetic.name())), LoadMode.ALWAYS, line -> {
        });

        // Counted pair by pair, message by message: a different query from the loader's aggregate.
        String expected = """
                select a.id, b.id,
                       (select count(*) from message m where m.sender_id = a.id and exists (select 1
                            from message_recipient r where r.message_id = m.id and r.person_id = b.id)) sent_to,
                       (select count(*) from message m where m.sender_id = b.id and exists (select 1
                            from message_recipient r where r.message_id = m.id and r.person_id = a.id)) received_from
                from person a cross join person b where a.id <> b.id""";
        String pairs = "select person_id, correspondent_id, sent_to, received_from from person_correspondent";
        String nonzero = "select * from (" + expected + ") e where sent_to + received_from > 0";
        assertThat(count("select count(*) from ((" + nonzero + ") except (" + pairs + ")) d")).isZero();
        assertThat(count("select count(*) from ((" + pairs + ") except (" + nonzero + ")) d")).isZero();
        // Not vacuous: the synthetic threads make many pairs, in both directions.
        assertThat(count("select count(*) from person_correspondent where sent_to > 0 and received_from > 0"))
                .isGreaterThan(10);

        // Each person's list (V6, in the served shape since V7) holds exactly their pairs, each with the
        // correspondent's name and the total of both directions...
        String listed = "select p.id, e->>'id', e->>'name', (e->>'sentTo')::int, (e->>'receivedFrom')::int"
                + " from person p, json_array_elements(p.correspondents) e";
        String named = "select c.person_id, c.correspondent_id, q.name, c.sent_to, c.received_from"
                + " from person_correspondent c join person q on q.id = c.correspondent_id";
        assertThat(count("select count(*) from ((" + listed + ") except all (" + named + ")) d")).isZero();
        assertThat(count("select count(*) from ((" + named + ") except all (" + listed + ")) d")).isZero();
        assertThat(count("select count(*) from person p, json_array_elements(p.correspondents) e"
                + " where (e->>'total')::int is distinct from (e->>'sentTo')::int + (e->>'receivedFrom')::int")).isZero();
        // ... busiest first (sent_to + received_from), ties by id: no element ranks above the one before it.
        String ordered = "select (e->>'total')::int total, e->>'id' id,"
                + " lag((e->>'total')::int) over w previous_total, lag(e->>'id') over w previous_id"
                + " from person p, json_array_elements(p.correspondents) with ordinality x(e, n)"
                + " window w as (partition by p.id order by x.n)";
        assertThat(count("select count(*) from (" + ordered + ") o where previous_id is not null and (total > previous_total"
                + " or total = previous_total and id <= previous_id)")).isZero();
        // Not vacuous: many people have more than two correspondents.
        assertThat(count("select count(*) from person where json_array_length(correspondents) > 2")).isGreaterThan(10);
        assertThat(count("select count(*) from person p where correspondents is null"))
                .isEqualTo(count("select count(*) from person p where not exists"
                        + " (select 1 from person_correspondent c where c.person_id = p.id)"));
    }

    @Test
    void derivesEachMessagesCollectionsFromItsRows() {
        loader.load(List.of(REAL_DOCUMENT, dir.resolve(synthetic.name())), LoadMode.ALWAYS, line -> {
        });

        // One value per message, six arrays (V8): recipients, quotes, quoted in, redactions, links, sources.
        assertThat(count("select count(*) from message m join message_collections c on c.message_id = m.id"
                + " where json_array_length(c.collections) = 6")).isEqualTo(count("select count(*) from message"));
        // Each array holds exactly the rows of its table, element by element, at the position the
        // table's order gives (numbered here with row_number, not by the derivation's json_agg).
        String element = "select c.message_id, x.n, x.e::text from message_collections c,"
                + " json_array_elements(c.collections -> %d) with ordinality x(e, n)";
        sameRows(element.formatted(0), "select r.message_id, row_number() over (partition by r.message_id"
                + " order by r.kind desc, r.position), json_build_array(r.kind, r.position, r.person_id, r.redacted_text,"
                + " p.name)::text from message_recipient r left join person p on p.id = r.person_id");
        sameRows(element.formatted(1), "select quoting_message_id, row_number() over (partition by quoting_message_id"
                + " order by quoted_message_id), to_json(quoted_message_id)::text from message_quote");
        sameRows(element.formatted(2), "select quoted_message_id, row_number() over (partition by quoted_message_id"
                + " order by quoting_message_id), to_json(quoting_message_id)::text from message_quote");
        sameRows(element.formatted(3), "select message_id, row_number() over (partition by message_id order by position),"
                + " json_build_array(position, kind, line, col, length, body_offset)::text from redaction");
        sameRows(element.formatted(4), "select message_id, row_number() over (partition by message_id order by position),"
                + " json_build_array(position, text, line, col, body_offset)::text from link_placeholder");
        sameRows(element.formatted(5), "select message_id, row_number() over (partition by message_id"
                + " order by source_document, first_line), json_build_array(source_document, first_line, last_line)::text"
                + " from message_source");
        // Not vacuous: the corpus has messages with several recipients, quotes, redactions and links.
        assertThat(count("select count(*) from message_collections where json_array_length(collections -> 0) > 2"))
                .isGreaterThan(10);
        assertThat(count("select count(*) from message_quote")).isGreaterThan(10);
        assertThat(count("select count(*) from redaction")).isGreaterThan(10);
        assertThat(count("select count(*) from link_placeholder")).isPositive();
    }

    /** Both queries return the same rows, duplicates included. */
    private void sameRows(String actual, String expected) {
        assertThat(count("select count(*) from ((" + actual + ") except all (" + expected + ")) d")).as(actual).isZero();
        assertThat(count("select count(*) from ((" + expected + ") except all (" + actual + ")) d")).as(expected).isZero();
    }

    private static String md5(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return Long.parseLong(CorpusFixture.string(db, sql));
    }
}
