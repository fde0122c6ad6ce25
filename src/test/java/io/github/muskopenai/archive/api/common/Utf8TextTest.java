package io.github.muskopenai.archive.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

    /** Each ASCII character at every position of the first 17 bytes of a text. */
    @Test
    void escapesEveryAsciiCharacterAsJacksonDoesWhereverItIs() throws Exception {
        for (int c = 0; c < 128; c++) {
            for (int offset = 0; offset < 17; offset++) {
                String text = "a".repeat(offset) + (char) c + "é█ and a few more words after it";

                assertThat(JSON.writeValueAsBytes(utf8(text))).as("U+%04X at %d", c, offset)
                        .isEqualTo(JSON.writeValueAsBytes(text));
            }
        }
    }

    /** Texts drawn from the characters that matter here: control characters, quotes, backslashes, multi-byte ones. */
    @Test
    void writesRandomTextsAsJacksonWritesTheirStrings() throws Exception {
        String[] pieces = {"\u0000", "\u0001", "\u001f", "\b", "\t", "\n", "\f", "\r", "\"", "\\", "/", "\u007f", " ", "a", "Z",
            "é", "█", "’", "🚀", "plain words "};
        Random random = new Random(42);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }

            assertThat(JSON.writeValueAsBytes(utf8(text.toString()))).as(text.toString())
                    .isEqualTo(JSON.writeValueAsBytes(text.toString()));
        }
    }

    @Test
    void readsBackFromJson() throws Exception {
        Holder read = JSON.readValue("{\"before\":\"x\",\"body\":" + ESCAPED + ",\"bodies\":[]}", Holder.class);

        assertThat(read.body().toString()).isEqualTo(TEXT);
        assertThat(read.body()).isEqualTo(utf8(TEXT));
    }
}
