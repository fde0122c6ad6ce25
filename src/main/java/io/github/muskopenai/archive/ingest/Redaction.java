package io.github.muskopenai.archive.ingest;

/**
 * One redaction in a message.
 *
 * @param kind       a run of U+2588 (block), a {@code <redacted>} placeholder in the body, or a
 *                   wholly redacted recipient in a To/Cc header
 * @param line       the document line it is on
 * @param column     1-based column of its first character on that line
 * @param length     its length in characters
 * @param bodyOffset offset of its first character in the message body, null for recipients
 */
public record Redaction(Kind kind, int line, int column, int length, Integer bodyOffset) {

    public enum Kind {
        BLOCK, PLACEHOLDER, RECIPIENT;

        public String wireName() {
            return name().toLowerCase();
        }
    }
}
