package io.github.muskopenai.archive.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hand-checked extraction of the real document (written by a person reading it, not by the
 * parser), and the document itself, which the API answers are compared with.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ExpectedExtraction(Document document, List<Person> people, List<EmailThread> threads, List<Event> events,
        List<Quote> quotes, List<Image> images) {

    static final String DOCUMENT_NAME = "elon-and-openai-2.md";
    /** The corpus file the application loads at startup (tests run in the project directory). */
    static final Path DOCUMENT = Path.of("db/corpus", DOCUMENT_NAME);
    private static final String RESOURCE = "/expected/elon-and-openai-2.expected.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(String title, String date, String sourceTitle, String sourceUrl, String previousPost, int lineCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String id, String name, String role, List<String> aliases, int firstLine) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmailThread(String subject, int subjectLine, Integer declaredCount, int firstLine, int lastLine,
            List<Message> messages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(int index, String from, List<String> to, List<String> cc, String sentAtText, String sentAt,
            boolean quotedOnly, boolean forwarded, Integer quotesIndex, int firstLine, int lastLine,
            String bodyStartsWith, String bodyEndsWith, int redactionBlocks, int redactedPlaceholders,
            List<String> linkPlaceholders) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(String kind, String dateText, String start, String end, String precision, String title,
            String titleRaw, int line, Integer sectionLine, String sectionHeading, String parentTitle,
            List<String> threadSubjects) {
    }

    /** A message named by its thread's subject and its index in the thread (source order). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageRef(String threadSubject, int index) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quote(int line, String textStartsWith, String eventDateText, String sectionTitle, MessageRef message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Image(String alt, String path, int line, String sectionTitle) {
    }

    static ExpectedExtraction load() {
        try (InputStream in = ExpectedExtraction.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new ObjectMapper().readValue(in, ExpectedExtraction.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's lines, 1-based: {@code lines().get(0)} is line 1. */
    static List<String> documentLines() {
        try {
            return List.of(new String(documentBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }

    /** Lines {@code first} to {@code last} (1-based, inclusive) joined by "\n", as the source endpoint serves them. */
    static String documentLines(int first, int last) {
        return String.join("\n", documentLines().subList(first - 1, last));
    }

    static byte[] documentBytes() {
        try {
            return Files.readAllBytes(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
