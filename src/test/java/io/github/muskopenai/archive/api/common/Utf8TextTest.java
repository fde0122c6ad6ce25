package io.github.muskopenai.archive.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A UTF-8 text is written as the JSON string of its characters, escaped as JSON requires. */
class Utf8TextTest {

    /** As the answers' mapper writes (JsonOutput): characters beyond U+FFFF as their UTF-8 bytes. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

    /** A body's hard cases: a quote, a backslash, a line break, a tab, a control character, █, é, an emoji. */
    private static final String TEXT = "He said \"no\" \\ then\nleft\t\u0001 █████ café 🚀";
    /** The same text as a JSON string, written by hand from RFC 8259 section 7. */
    private static final String ESCAPED = "\"He said \\\"no\\\" \\\\ then\\nleft\\t\\u0001 █████ café 🚀\"";

    private static Utf8Text utf8(String text) {
        return new Utf8Text(text.getBytes(StandardCharsets.UTF_8));
    }

    record Holder(String before, Utf8Text body, List<Utf8Text> bodies) {
    }

    @Test
    void writesTheEscapedStringInUtf8Output() throws Exception {
        byte[] written = JSON.writeValueAsBytes(new Holder("x", utf8(TEXT), List.of(utf8(""), utf8(TEXT))));

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo("{\"before\":\"x\",\"body\":" + ESCAPED + ",\"bodies\":[\"\"," + ESCAPED + "]}");
    }

    @Test
    void writesTheSameStringThroughAWriter() throws Exception {
        assertThat(JSON.writeValueAsString(Map.of("body", utf8(TEXT)))).isEqualTo("{\"body\":" + ESCAPED + "}");
    }

    /** Longer than the generator's buffer (8,000 bytes), with escapes across its boundaries. */
    @Test
    void writesATextLongerThanTheGeneratorsBufferAsJacksonWritesTheString() throws Exception {
        String long_ = String.join("", Collections.nCopies(2_000, TEXT));

        byte[] written = JSON.writeValueAsBytes(Map.of("body", utf8(long_)));

        assertThat(written).isEqualTo(JSON.writeValueAsBytes(Map.of("body", long_)));
        assertThat(JSON.readTree(written).path("body").asText()).isEqualTo(long_);
    }

    @Test
    void readsBackFromJson() throws Exception {
        Holder read = JSON.readValue("{\"before\":\"x\",\"body\":" + ESCAPED + ",\"bodies\":[]}", Holder.class);

        assertThat(read.body().toString()).isEqualTo(TEXT);
        assertThat(read.body()).isEqualTo(utf8(TEXT));
    }
}
