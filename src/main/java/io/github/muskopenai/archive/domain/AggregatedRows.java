package io.github.muskopenai.archive.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Helpers of the one-statement reads (MessageRows, EventRows, PersonRows): the JSON and text
 * arrays they aggregate collections into, and the order of the ids asked for.
 */
final class AggregatedRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AggregatedRows() {
    }

    /** The elements of a JSON array column; none when it is SQL null (no rows to aggregate). */
    static Iterable<JsonNode> elements(String array) {
        if (array == null) {
            return List.of();
        }
        try {
            return JSON.readTree(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned malformed JSON", e);
        }
    }

    /**
     * A derived array of {@code size} arrays (message_collections.collections, V8). A missing or
     * malformed value means the load's derivation did not run or changed shape: an error, not an
     * empty collection, so that no answer silently drops recipients or sources.
     */
    static JsonNode collections(String owner, String value, int size) {
        if (value == null) {
            throw new IllegalStateException("no derived collections for " + owner);
        }
        JsonNode arrays;
        try {
            arrays = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned malformed JSON for " + owner, e);
        }
        if (!arrays.isArray() || arrays.size() != size) {
            throw new IllegalStateException("derived collections of " + owner + " are not " + size + " arrays");
        }
        for (JsonNode array : arrays) {
            if (!array.isArray()) {
                throw new IllegalStateException("derived collections of " + owner + " are not " + size + " arrays");
            }
        }
        return arrays;
    }

    static String text(JsonNode node) {
        return node.isNull() ? null : node.asText();
    }

    static SourceRef source(String document, int firstLine, int lastLine) {
        SourceRef source = new SourceRef();
        source.document = document;
        source.firstLine = firstLine;
        source.lastLine = lastLine;
        return source;
    }

    /** The rows in the order of {@code ids}; ids without a row are left out. */
    static <T> List<T> inOrderOf(List<String> ids, List<T> rows, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        rows.forEach(row -> byId.put(id.apply(row), row));
        return ids.stream().map(byId::get).filter(row -> row != null).toList();
    }
}
