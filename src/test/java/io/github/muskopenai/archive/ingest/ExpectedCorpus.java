package io.github.muskopenai.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hand-checked extraction of the real document (built by a person reading it, not by the
 * parser): the contract the parser's output is compared with.
 */
final class ExpectedCorpus {

    static final String RESOURCE = "/expected/elon-and-openai-2.expected.json";

    private ExpectedCorpus() {
    }

    static JsonNode load() {
        try (InputStream in = ExpectedCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> list(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    static List<String> strings(JsonNode node) {
        return list(node).stream().map(JsonNode::asText).toList();
    }

    /** A text field that may be JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** An integer field that may be JSON null. */
    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
