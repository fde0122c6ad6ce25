package io.github.muskopenai.archive.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A raw JSON value lands where a value belongs, byte for byte, through either kind of generator. */
class RawJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Multi-byte UTF-8 (ë, █) and a quote escaped by whoever built the value. */
    private static final String VALUE = "[{\"name\":\"Zoë \\\"█\\\"\",\"total\":2}]";

    private static RawJson raw(String json) {
        return new RawJson(json.getBytes(StandardCharsets.UTF_8));
    }

    record Holder(String before, RawJson value, List<RawJson> values) {
    }

    @Test
    void writesTheBytesWhereAValueBelongsInUtf8Output() throws Exception {
        byte[] written = JSON.writeValueAsBytes(new Holder("x", raw(VALUE), List.of(raw("1"), raw(VALUE))));

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo("{\"before\":\"x\",\"value\":" + VALUE + ",\"values\":[1," + VALUE + "]}");
    }

    @Test
    void writesTheSameTextThroughAWriter() throws Exception {
        String written = JSON.writeValueAsString(Map.of("value", raw(VALUE)));

        assertThat(written).isEqualTo("{\"value\":" + VALUE + "}");
    }

    /** Larger than the generator's buffer (8,000 bytes): written past it, not truncated. */
    @Test
    void writesAValueLargerThanTheGeneratorsBuffer() throws Exception {
        String large = "[" + String.join(",", Collections.nCopies(5_000, VALUE)) + "]";

        byte[] written = JSON.writeValueAsBytes(new Holder("x", raw(large), List.of(raw(large))));

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo("{\"before\":\"x\",\"value\":" + large + ",\"values\":[" + large + "]}");
        assertThat(JSON.readTree(written).path("values").get(0).size()).isEqualTo(5_000);
    }
}
