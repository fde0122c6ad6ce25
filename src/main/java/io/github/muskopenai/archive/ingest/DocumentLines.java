package io.github.muskopenai.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The lines of a document read from its bytes, with a small lookahead window.
 * <p>
 * It works on bytes rather than on a {@code Reader} so that invalid UTF-8, NUL bytes and
 * over-long lines are reported with their line numbers instead of being silently replaced,
 * and so that the sha256 is computed over exactly the bytes that were parsed.
 */
final class DocumentLines {

    /** Longer lines are reported as errors and parsed as empty. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final IssueLog issues;
    private final CorpusSink sink;
    private final MessageDigest digest;
    private final ArrayList<Line> lookahead = new ArrayList<>();
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] lineBytes = new byte[256];
    private int lineCount;
    private boolean eof;

    DocumentLines(InputStream in, IssueLog issues, CorpusSink sink) {
        this.in = in;
        this.issues = issues;
        this.sink = sink;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The k-th line ahead (0 = the next one), or null past the end. */
    Line peek(int k) {
        while (lookahead.size() <= k) {
            Line line = readLine();
            if (line == null) {
                return null;
            }
            lookahead.add(line);
        }
        return lookahead.get(k);
    }

    Line next() {
        return lookahead.isEmpty() ? readLine() : lookahead.remove(0);
    }

    boolean hasNext() {
        return peek(0) != null;
    }

    /** Valid once every line has been read. */
    int lineCount() {
        return lineCount;
    }

    /** Valid once every line has been read. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private Line readLine() {
        if (eof) {
            return null;
        }
        int length = 0;
        long total = 0;
        boolean sawAny = false;
        boolean ascii = true;
        int control = -1;
        while (true) {
            if (chunkPos == chunkLen && !fill()) {
                eof = true;
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            byte b = chunk[chunkPos++];
            if (b == '\n') {
                break;
            }
            total++;
            if (total <= MAX_LINE_BYTES) {
                if (length == lineBytes.length) {
                    lineBytes = Arrays.copyOf(lineBytes, lineBytes.length * 2);
                }
                lineBytes[length++] = b;
                ascii &= b >= 0;
                // Bytes below 0x20 are control characters in UTF-8 too (multi-byte sequences use >= 0x80).
                if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && control < 0) {
                    control = length;
                }
            }
        }
        int number = ++lineCount;
        Line line;
        if (total > MAX_LINE_BYTES) {
            issues.error(number, "line is " + total + " bytes long; lines longer than " + MAX_LINE_BYTES
                    + " bytes are not read");
            line = new Line(number, "");
        } else {
            if (length > 0 && lineBytes[length - 1] == '\r') {
                length--;
            }
            String text = ascii ? new String(lineBytes, 0, length, StandardCharsets.ISO_8859_1) : decode(number, length);
            if (control > 0 || text.indexOf('\r') >= 0) {
                checkControlCharacters(number, text);
            }
            line = new Line(number, text);
        }
        sink.line(number, line.text());
        return line;
    }

    private String decode(int number, int length) {
        String text;
        try {
            text = strict.reset().decode(ByteBuffer.wrap(lineBytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            issues.error(number, "invalid UTF-8 (the document must be UTF-8 text)");
            text = new String(lineBytes, 0, length, StandardCharsets.UTF_8);
        }
        if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text;
    }

    private void checkControlCharacters(int number, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t') {
                issues.error(number, String.format("control character U+%04X at column %d (binary content?)", (int) c, i + 1));
                return;
            }
        }
    }

    private boolean fill() {
        try {
            int n = in.read(chunk);
            if (n <= 0) {
                return false;
            }
            digest.update(chunk, 0, n);
            chunkPos = 0;
            chunkLen = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
