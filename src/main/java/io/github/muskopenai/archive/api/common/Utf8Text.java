package io.github.muskopenai.archive.api.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A text read from PostgreSQL as its UTF-8 bytes and written into the answer as a JSON string
 * from those bytes: escaped where JSON requires it, never decoded to a String in between. A page
 * of 50 messages carries ~100 KB of bodies; decoding them from the row (the driver's
 * {@code getString}) and encoding them again a character at a time was the largest part of the
 * API's CPU per page, and on some JVM starts several times larger than on others (profiles in
 * docs/benchmarks.md); from the bytes, Jackson's {@code writeUTF8String} writes them in half the
 * time of decoding and {@code writeString} (1.6 against 3.4 ns per byte, 5,000 bodies of the
 * 100k corpus, after warm-up). Written to a generator that writes characters (not the HTTP
 * answers), or read from JSON (clients of the API, tests), it is decoded once.
 */
@JsonSerialize(using = Utf8Text.Writer.class)
public final class Utf8Text {

    private final byte[] utf8;

    /** The caller hands over valid UTF-8 (a PostgreSQL text value); it is neither checked nor copied. */
    public Utf8Text(byte[] utf8) {
        this.utf8 = utf8;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Utf8Text of(String text) {
        return new Utf8Text(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8Text text && Arrays.equals(utf8, text.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    /** Writes the text as a JSON string. */
    static final class Writer extends StdSerializer<Utf8Text> {

        Writer() {
            super(Utf8Text.class);
        }

        @Override
        public void serialize(Utf8Text value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (generator instanceof UTF8JsonGenerator) {
                // Escapes as writeString does (quotes, backslashes, control characters); copies the rest.
                generator.writeUTF8String(value.utf8, 0, value.utf8.length);
            } else {
                // Generators that write characters do not take UTF-8 (Jackson's Writer-based one refuses it).
                generator.writeString(value.toString());
            }
        }
    }
}
