package io.github.muskopenai.archive.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The documents the parser tests read, and one way to parse them. */
final class Documents {

    /** The real corpus document, relative to the Maven project root (surefire's working directory). */
    static final Path REAL = Path.of("db/corpus/elon-and-openai-2.md");
    static final String REAL_NAME = "elon-and-openai-2.md";

    /** The hand-written document that exercises every construct of the real one. */
    static final String CONSTRUCTS = "/ingest/constructs.md";
    static final String CONSTRUCTS_NAME = "constructs.md";

    private Documents() {
    }

    static byte[] realBytes() {
        try {
            return Files.readAllBytes(REAL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] constructsBytes() {
        try (InputStream in = Documents.class.getResourceAsStream(CONSTRUCTS)) {
            if (in == null) {
                throw new IllegalStateException(CONSTRUCTS + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedCorpus real() {
        return parse(REAL_NAME, realBytes());
    }

    static ParsedCorpus constructs() {
        return parse(CONSTRUCTS_NAME, constructsBytes());
    }

    static ParsedCorpus parse(String name, byte[] bytes) {
        return new CorpusParser().parse(name, new ByteArrayInputStream(bytes));
    }

    /** Parses a document written in a test as a text block. */
    static ParsedCorpus parse(String text) {
        return parse("inline.md", text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
