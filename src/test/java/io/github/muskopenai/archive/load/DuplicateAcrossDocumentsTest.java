package io.github.muskopenai.archive.load;

import static io.github.muskopenai.archive.load.CorpusFixture.MESSAGES;
import static io.github.muskopenai.archive.load.CorpusFixture.PEOPLE;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_DOCUMENT;
import static io.github.muskopenai.archive.load.CorpusFixture.REAL_NAME;
import static io.github.muskopenai.archive.load.CorpusFixture.THREADS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.api.common.SourceDto;
import io.github.muskopenai.archive.api.corpus.CorpusDto;
import io.github.muskopenai.archive.api.message.MessageDto;
import io.github.muskopenai.archive.load.LoadReport.Outcome;
import io.quarkus.test.junit.QuarkusTest;

/** An email found in two documents is one message read from two places; the rest of each document is added. */
@QuarkusTest
class DuplicateAcrossDocumentsTest {

    private static final String COPIES = "copies.md";
    /** "Tomorrow afternoon": its subject on line 238, its one email on lines 239–245, "===" around both. */
    private static final int COPIED_FIRST = 237;
    private static final int COPIED_LAST = 246;
    private static final SourceDto COPIED_IN_REAL = new SourceDto(REAL_NAME, 239, 245);
    /** Where the copied email sits in copies.md: after 7 lines of front matter and heading, then "===" and subject. */
    private static final SourceDto COPIED_IN_COPIES = new SourceDto(COPIES, 10, 16);
    private static final SourceDto NEW_IN_COPIES = new SourceDto(COPIES, 19, 22);
    private static final String NEW_THREAD = "meeting-tomorrow";
    private static final String EVENT_LINKS = "select event_id || ' ' || message_id || ' ' || relation from event_message"
            + " order by 1";

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource db;

    @TempDir
    Path dir;

    private Path copies;
    private String copiedId;

    @BeforeEach
    void writeTheSecondDocument() {
        copiedId = messageAt(COPIED_IN_REAL);
        List<String> lines = new ArrayList<>(List.of("---", "title:  \"Copies\"", "date:   2024-12-05 09:00:00", "---",
                "", "## Emails kept in a second place", ""));
        lines.addAll(CorpusFixture.realLines(COPIED_FIRST, COPIED_LAST));
        lines.addAll(List.of("Meeting tomorrow", "From: Greg Brockman <redacted>", "Date: Sat, Aug 12, 2017 at 9:05 AM",
                "To: Elon Musk <redacted>", "Yes, the three of us can meet this afternoon.", "==="));
        copies = CorpusFixture.write(dir, COPIES, lines);
    }

    @AfterEach
    void restoreTheRealCorpus() {
        CorpusFixture.restore(loader);
    }

    @Test
    void theCopiedEmailIsOneMessageReadFromTwoPlaces() {
        load(REAL_DOCUMENT, copies);

        assertThat(CorpusFixture.strings(db, "select id from message where id = '" + copiedId + "'")).hasSize(1);
        MessageDto message = message(copiedId);
        assertThat(message.source()).isEqualTo(COPIED_IN_REAL);
        assertThat(message.sources()).containsExactlyInAnyOrder(COPIED_IN_REAL, COPIED_IN_COPIES);
        assertThat(message.threadId()).isEqualTo("tomorrow-afternoon");
        assertThat(source(copiedId)).isEqualTo(copiedLines());
    }

    @Test
    void theNewEmailIsAddedInItsOwnThread() {
        load(REAL_DOCUMENT, copies);

        MessageDto added = message(messageAt(NEW_IN_COPIES));
        assertThat(added.threadId()).isEqualTo(NEW_THREAD);
        assertThat(added.subject()).isEqualTo("Meeting tomorrow");
        assertThat(added.from().id()).isEqualTo("greg-brockman");
        assertThat(added.sentAtText()).isEqualTo("Sat, Aug 12, 2017 at 9:05 AM");
        assertThat(added.body().toString()).isEqualTo("Yes, the three of us can meet this afternoon.");
        assertThat(added.sources()).containsExactly(NEW_IN_COPIES);
        assertThat(CorpusFixture.string(db, "select message_count from thread where id = 'tomorrow-afternoon'"))
                .isEqualTo("1");
    }

    @Test
    void theCorpusCountsEveryRecordOnce() {
        load(REAL_DOCUMENT, copies);

        CorpusDto corpus = corpus();
        assertThat(corpus.counts()).contains(entry("documents", 2L), entry("messages", MESSAGES + 1L),
                entry("threads", THREADS + 1L), entry("people", (long) PEOPLE));
        assertThat(CorpusFixture.string(db, "select count(*) from message_source")).isEqualTo(String.valueOf(MESSAGES + 2));
    }

    @Test
    void eachDocumentCountsWhatItAddedAndWhatWasAlreadyThere() {
        load(REAL_DOCUMENT, copies);

        CorpusDto corpus = corpus();
        assertThat(corpus.documents()).extracting(CorpusDto.DocumentDto::name).containsExactly(REAL_NAME, COPIES);
        assertThat(corpus.documents().get(0).counts()).containsOnly(entry("threads", THREADS), entry("messages", MESSAGES),
                entry("duplicateMessages", 0), entry("events", CorpusFixture.EVENTS),
                entry("images", CorpusFixture.IMAGES), entry("quotes", CorpusFixture.QUOTES), entry("people", PEOPLE));
        // Elon Musk, Greg Brockman, Ilya Sutskever, Sam Altman and Shivon Zilis appear in copies.md.
        assertThat(corpus.documents().get(1).counts()).containsOnly(entry("threads", 1), entry("messages", 1),
                entry("duplicateMessages", 1), entry("events", 0), entry("images", 0), entry("quotes", 0),
                entry("people", 5));
    }

    @Test
    void whicheverDocumentComesFirstIsTheMessagesSource() {
        load(copies, REAL_DOCUMENT);

        MessageDto message = message(copiedId);
        assertThat(message.source()).isEqualTo(COPIED_IN_COPIES);
        assertThat(message.sources()).containsExactlyInAnyOrder(COPIED_IN_REAL, COPIED_IN_COPIES);
        assertThat(source(copiedId)).isEqualTo(copiedLines());
        CorpusDto corpus = corpus();
        assertThat(corpus.documents()).extracting(CorpusDto.DocumentDto::name).containsExactly(COPIES, REAL_NAME);
        assertThat(corpus.documents().get(0).counts()).contains(entry("threads", 2), entry("messages", 2),
                entry("duplicateMessages", 0));
        assertThat(corpus.documents().get(1).counts()).contains(entry("threads", THREADS - 1),
                entry("messages", MESSAGES - 1), entry("duplicateMessages", 1));
        assertThat(corpus.counts()).contains(entry("messages", MESSAGES + 1L), entry("threads", THREADS + 1L));
    }

    @Test
    void aDocumentWhoseTimelineAnEarlierDocumentAlsoHasKeepsItsQuotes() {
        load(timelineOnly(), REAL_DOCUMENT);

        // The timeline-only document quotes nothing: all 22 quotes are the real document's.
        assertThat(CorpusFixture.string(db, "select count(*) from narrative_quote"))
                .isEqualTo(String.valueOf(CorpusFixture.QUOTES));
        assertThat(corpus().documents().get(1).counts()).containsEntry("quotes", CorpusFixture.QUOTES);
    }

    @Test
    void aDocumentWhoseTimelineAnEarlierDocumentAlsoHasKeepsItsSectionLinks() {
        List<String> links = CorpusFixture.strings(db, EVENT_LINKS);

        load(timelineOnly(), REAL_DOCUMENT);

        // The timeline-only document shows no emails: every link to an email is the real document's.
        assertThat(CorpusFixture.strings(db, EVENT_LINKS)).containsExactlyElementsOf(links);
    }

    @Test
    void anEmailCopiedUnderAnotherSubjectLeavesNoThreadWithoutMessages() {
        List<String> lines = new ArrayList<>(List.of("---", "title:  \"Forwards\"", "---", "", "## Forwarded again", "",
                "===", "Fwd: Tomorrow afternoon"));
        lines.addAll(CorpusFixture.realLines(COPIED_FIRST + 2, COPIED_LAST));
        Path forwards = CorpusFixture.write(dir, "forwards.md", lines);

        load(REAL_DOCUMENT, forwards);

        // The parser never makes a thread without emails; the copy's only email is already in "tomorrow-afternoon".
        assertThat(CorpusFixture.strings(db, "select id from thread where message_count = 0")).isEmpty();
    }

    /** The real document's first 27 lines: front matter, title, source and the timeline, but no section. */
    private Path timelineOnly() {
        return CorpusFixture.write(dir, "another.md", CorpusFixture.realLines(1, 27));
    }

    private LoadReport load(Path... documents) {
        LoadReport report = loader.load(List.of(documents), LoadMode.ALWAYS, line -> {
        });
        assertThat(report.outcome()).as(report.summary()).isEqualTo(Outcome.LOADED);
        return report;
    }

    private String messageAt(SourceDto at) {
        return CorpusFixture.string(db, "select message_id from message_source where source_document = '"
                + at.document() + "' and first_line = " + at.firstLine());
    }

    /** The copied email's lines in the real document, as GET /api/messages/{id}/source serves them. */
    private static String copiedLines() {
        return String.join("\n", CorpusFixture.realLines(COPIED_IN_REAL.firstLine(), COPIED_IN_REAL.lastLine()));
    }

    private static MessageDto message(String id) {
        return given().get("/api/messages/{id}", id).then().statusCode(200).extract().as(MessageDto.class);
    }

    private static String source(String id) {
        return given().get("/api/messages/{id}/source", id).then().statusCode(200).extract().asString();
    }

    private static CorpusDto corpus() {
        return given().get("/api/corpus").then().statusCode(200).extract().as(CorpusDto.class);
    }
}
