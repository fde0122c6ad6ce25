package io.github.muskopenai.archive.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.muskopenai.archive.resilience.Api.Answer;

/**
 * Tells which of two corpus versions an answer belongs to, and fails when it belongs to neither
 * or mixes them: a page whose total, header and items disagree, or counts of another version.
 */
final class ReadChecks {

    /**
     * The messages of a participant named by name (any case) who exists only in the bigger
     * version: see {@link #namingExtraPerson}.
     */
    static final String NAMING_EXTRA_PERSON = "/api/messages?limit=500&participant=ADA%20lovelace";

    private final CorpusShape smaller;
    private final CorpusShape bigger;
    private final String extraDocument;
    private final String extraPerson;
    private final long extraPersonMessages;
    /** Person id and version → the message counts first answered for them. */
    private final Map<String, String> personCounts = new ConcurrentHashMap<>();

    /**
     * {@code bigger} is {@code smaller} plus {@code extraDocument}, which brings {@code extraPerson},
     * a participant of {@code extraPersonMessages} of its messages.
     */
    ReadChecks(CorpusShape smaller, CorpusShape bigger, String extraDocument, String extraPerson,
            long extraPersonMessages) {
        this.smaller = smaller;
        this.bigger = bigger;
        this.extraDocument = extraDocument;
        this.extraPerson = extraPerson;
        this.extraPersonMessages = extraPersonMessages;
    }

    /** The version {@code answer} of GET {@code endpoint} belongs to; an AssertionError when there is none. */
    String versionOf(String endpoint, Answer answer) {
        if (endpoint.startsWith(NAMING_EXTRA_PERSON)) {
            return namingExtraPerson(answer);
        }
        assertThat(answer.status()).as("status, body %s", answer.body()).isEqualTo(200);
        assertThat(answer.etag()).as("ETag (none: the answer saw no corpus state)").isNotNull();
        JsonNode json = answer.json();
        if (endpoint.startsWith("/api/corpus")) {
            return corpus(json);
        }
        if (endpoint.startsWith("/api/people/")) {
            return person(json);
        }
        String kind = endpoint.substring("/api/".length()).replaceFirst("\\?.*", "");
        long total = json.get("total").asLong();
        JsonNode items = json.get("items");
        assertThat(items.size()).as("items against total %d", total).isEqualTo(total);
        assertThat(answer.totalCount()).as("X-Total-Count against total").isEqualTo(String.valueOf(total));
        CorpusShape shape = byTotal(kind, total);
        long fromExtra = kind.equals("people") ? count(items, "/id", extraPerson) : count(items, "/source/document", extraDocument);
        assertThat(fromExtra).as("%s of %s among %d %s", kind, extraDocument, total, kind)
                .isEqualTo(shape == bigger ? bigger.total(kind) - smaller.total(kind) : 0);
        return shape.version();
    }

    private String corpus(JsonNode json) {
        String version = json.get("version").asText();
        CorpusShape shape = List.of(smaller, bigger).stream().filter(s -> s.version().equals(version)).findFirst()
                .orElseThrow(() -> new AssertionError("unknown version " + version));
        JsonNode counts = json.get("counts");
        assertThat(List.of(counts.get("documents").asLong(), counts.get("messages").asLong(), counts.get("events").asLong(),
                counts.get("people").asLong(), (long) json.get("documents").size()))
                .as("counts of version %s", version)
                .containsExactly(shape.documents(), shape.messages(), shape.events(), shape.people(), shape.documents());
        return version;
    }

    /**
     * A person who writes to {@code extraPerson} in {@code extraDocument}: a correspondent only in
     * the bigger version. The person's message counts must be those of the same version: the
     * counts first seen with it.
     */
    private String person(JsonNode json) {
        long withExtra = count(json.get("correspondents"), "/id", extraPerson);
        assertThat(withExtra).as("%s among the correspondents of %s", extraPerson, json.get("id")).isLessThanOrEqualTo(1);
        String version = withExtra == 1 ? bigger.version() : smaller.version();
        String counts = json.get("messagesSent").asLong() + " sent, " + json.get("messagesReceived").asLong() + " received";
        String first = personCounts.putIfAbsent(json.get("id").asText() + " " + version, counts);
        assertThat(counts).as("message counts of %s in version %s", json.get("id"), version).isEqualTo(first == null ? counts : first);
        return version;
    }

    /**
     * In the smaller version the name names nobody: a 400 problem naming the parameter. In the
     * bigger one, exactly the extra document's messages the person takes part in. Anything else
     * (an empty page, say) resolved the name in one version and read the messages in the other.
     */
    private String namingExtraPerson(Answer answer) {
        if (answer.status() == 400) {
            JsonNode errors = answer.json().get("errors");
            assertThat(errors.size()).as("errors of %s", answer.body()).isEqualTo(1);
            assertThat(errors.get(0).get("parameter").asText()).isEqualTo("participant");
            return smaller.version();
        }
        assertThat(answer.status()).as("status, body %s", answer.body()).isEqualTo(200);
        assertThat(answer.etag()).as("ETag (none: the answer saw no corpus state)").isNotNull();
        JsonNode items = answer.json().get("items");
        assertThat(answer.json().get("total").asLong()).as("messages of %s", extraPerson).isEqualTo(extraPersonMessages);
        assertThat(count(items, "/source/document", extraDocument)).as("of them from %s", extraDocument)
                .isEqualTo(extraPersonMessages);
        return bigger.version();
    }

    private CorpusShape byTotal(String kind, long total) {
        if (total == smaller.total(kind)) {
            return smaller;
        }
        if (total == bigger.total(kind)) {
            return bigger;
        }
        throw new AssertionError(kind + " total " + total + " is neither " + smaller.total(kind) + " nor " + bigger.total(kind));
    }

    private static long count(JsonNode items, String pointer, String value) {
        long n = 0;
        for (JsonNode item : items) {
            n += value.equals(item.at(pointer).asText()) ? 1 : 0;
        }
        return n;
    }
}
