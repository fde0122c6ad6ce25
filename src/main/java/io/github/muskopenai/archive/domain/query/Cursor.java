package io.github.muskopenai.archive.domain.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The opaque position of a page: the sort-key values of the last row returned, and the
 * fingerprint of the query (filters and sort) it belongs to. A cursor used with another query,
 * or altered, is refused.
 */
public record Cursor(String fingerprint, List<String> values) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "c1";

    public String encode() {
        List<String> parts = new ArrayList<>();
        parts.add(VERSION);
        parts.add(fingerprint);
        parts.addAll(values);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(parts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes a cursor given by a client; the query's fingerprint must match. */
    public static Cursor decode(String text, String expectedFingerprint, SortSpec sort) {
        List<String> parts;
        try {
            String json = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            parts = List.of(JSON.readValue(json, String[].class));
        } catch (IllegalArgumentException | java.io.IOException | NullPointerException e) {
            throw new InvalidQueryException("cursor", "not a cursor this API issued");
        }
        if (parts.size() != sort.keys().size() + 2 || !VERSION.equals(parts.get(0))) {
            throw new InvalidQueryException("cursor", "not a cursor this API issued");
        }
        if (!parts.get(1).equals(expectedFingerprint)) {
            throw new InvalidQueryException("cursor",
                    "this cursor belongs to a query with other filters or another sort; start again without it");
        }
        List<String> values = parts.subList(2, parts.size());
        for (int i = 0; i < values.size(); i++) {
            try {
                sort.keys().get(i).type().parse(values.get(i));
            } catch (RuntimeException e) {
                throw new InvalidQueryException("cursor", "not a cursor this API issued");
            }
        }
        return new Cursor(expectedFingerprint, values);
    }

    Object value(int index, SortSpec sort) {
        return sort.keys().get(index).type().parse(values.get(index));
    }
}
