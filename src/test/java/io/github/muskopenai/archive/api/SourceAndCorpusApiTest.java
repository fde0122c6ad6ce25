package io.github.muskopenai.archive.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.github.muskopenai.archive.api.ApiViews.Corpus;
import io.github.muskopenai.archive.api.ApiViews.Document;
import io.github.muskopenai.archive.api.ApiViews.Message;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Provenance: the verbatim source lines of each message, and what the corpus endpoint says was loaded. */
@QuarkusTest
class SourceAndCorpusApiTest {

    private static final ExpectedExtraction EXPECTED = ExpectedExtraction.load();

    @Test
    void servesEveryMessageSourceVerbatimFromTheDocument() {
        SoftAssertions softly = new SoftAssertions();
        for (Message message : Pages.all("/api/messages", Message.class)) {
            Response source = given().get("/api/messages/{id}/source", message.id());
            softly.assertThat(source.statusCode()).as("status of %s", message.id()).isEqualTo(200);
            softly.assertThat(source.contentType()).as("type of %s", message.id()).startsWith("text/plain");
            softly.assertThat(source.asString()).as("source of the message at line %d", message.source().firstLine())
                    .isEqualTo(ExpectedExtraction.documentLines(message.source().firstLine(), message.source().lastLine()));
        }
        softly.assertAll();
    }

    @Test
    void describesTheLoadedDocumentWithItsSha256AndCounts() throws NoSuchAlgorithmException {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ExpectedExtraction.documentBytes()));
        Corpus corpus = given().get("/api/corpus").then().statusCode(200).extract().jsonPath().getObject("$", Corpus.class);
        // One document; every other count is the size of the hand-checked extraction (22 messages, 27 events, ...).
        Map<String, Long> expectedCounts = Map.of("documents", 1L, "people", (long) EXPECTED.people().size(),
                "threads", (long) EXPECTED.threads().size(), "messages", (long) MessageLines.ALL.size(),
                "events", (long) EXPECTED.events().size(), "quotes", (long) EXPECTED.quotes().size(),
                "images", (long) EXPECTED.images().size());
        assertThat(corpus.counts()).containsExactlyInAnyOrderEntriesOf(expectedCounts);
        assertThat(corpus.version()).isNotBlank();
        assertThat(corpus.parserVersion()).isNotBlank();
        assertThat(corpus.loadedAt()).isNotBlank();
        assertThat(corpus.documents()).singleElement().satisfies(document -> {
            ExpectedExtraction.Document expected = EXPECTED.document();
            assertThat(document).extracting(Document::name, Document::sha256, Document::title, Document::date,
                    Document::sourceTitle, Document::sourceUrl, Document::previousPost, Document::lineCount)
                    .containsExactly(ExpectedExtraction.DOCUMENT_NAME, sha256, expected.title(), expected.date(),
                            expected.sourceTitle(), expected.sourceUrl(), expected.previousPost(), expected.lineCount());
            expectedCounts.forEach((kind, count) -> {
                if (!kind.equals("documents")) {
                    assertThat(document.counts()).as(kind).containsEntry(kind, count.intValue());
                }
            });
            assertThat(document.warnings()).isNotNull();
            assertThat(document.loadedAt()).isNotBlank();
        });
    }
}
