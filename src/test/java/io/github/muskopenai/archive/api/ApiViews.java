package io.github.muskopenai.archive.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The response shapes of the API contract, as the tests read them. Written from the contract, not
 * copied from the application's DTOs, so that a renamed or retyped field fails a test. Dates stay
 * strings: their exact format ("2015-11-20T12:29") is part of the contract.
 */
final class ApiViews {

    private ApiViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(String document, int firstLine, int lastLine) {
    }

    /** A person {id, name} or a wholly redacted recipient {redacted: true, text}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonRef(String id, String name, Boolean redacted, String text) {

        /** The name, or for a redacted recipient the text as written, as the expected extraction spells it. */
        String label() {
            return Boolean.TRUE.equals(redacted) ? text : name;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Redaction(String kind, int line, int column, int length, Integer bodyOffset) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LinkPlaceholder(String text, int line, int column, int bodyOffset) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String id, String threadId, String subject, PersonRef from, List<PersonRef> to, List<PersonRef> cc,
            String sentAt, String sentAtText, String timeZone, String body, boolean forwarded, boolean quotedOnly,
            List<String> quotedIn, List<String> quotes, List<Redaction> redactions,
            List<LinkPlaceholder> linkPlaceholders, Source source, List<Source> sources) {

        long redactions(String kind) {
            return redactions.stream().filter(r -> r.kind().equals(kind)).count();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MailThread(String id, String subject, Integer declaredCount, int messageCount, List<PersonRef> participants,
            String firstSentAt, String lastSentAt, Source source) {
    }

    /** A quote link of a thread: {@code from} quotes {@code to}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String type, String from, String to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String id, String name, List<String> aliases, String role, String description, int messagesSent,
            int messagesReceived, String firstMessageAt, String lastMessageAt, Source source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Correspondent(String id, String name, long sentTo, long receivedFrom, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Section(String heading, int firstLine, int lastLine) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Image(String id, String alt, String path, Source source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(String id, String kind, String dateText, String start, String end, String precision, String title,
            String titleRaw, String text, String parentId, Section section, List<String> messageIds, List<Image> images,
            Source source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quote(String id, String text, String statementDate, String messageId, String status, Source source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(String name, String sha256, String title, String date, String sourceTitle, String sourceUrl,
            String previousPost, int lineCount, String loadedAt, Map<String, Integer> counts,
            List<Map<String, Object>> warnings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Corpus(String version, String parserVersion, String loadedAt, Map<String, Long> counts,
            List<Document> documents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ParameterError(String parameter, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String type, String title, int status, String detail, List<ParameterError> errors) {
    }
}
