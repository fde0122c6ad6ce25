package io.github.muskopenai.archive.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The answers' mapper writes a character beyond U+FFFF as its UTF-8 bytes, as message bodies are written. */
@QuarkusTest
class JsonOutputTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void writesACharacterBeyondTheBasicPlaneAsItsUtf8Bytes() throws Exception {
        String text = "launch 🚀";

        byte[] asString = mapper.writeValueAsBytes(Map.of("a", text));
        byte[] asUtf8 = mapper.writeValueAsBytes(Map.of("a", Utf8Text.of(text)));

        // U+1F680 is F0 9F 9A 80 in UTF-8; Jackson's default would be the escapes \uD83D\uDE80.
        assertThat(new String(asString, StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"launch 🚀\"}");
        assertThat(asUtf8).isEqualTo(asString);
    }
}
