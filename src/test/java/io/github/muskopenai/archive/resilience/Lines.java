package io.github.muskopenai.archive.resilience;

import static io.github.muskopenai.archive.resilience.Bytes.concat;
import static io.github.muskopenai.archive.resilience.Bytes.join;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The lines of a document as bytes (without their newlines); each edit returns a whole new file. */
final class Lines {

    private final List<byte[]> lines = new ArrayList<>();

    Lines(byte[] document) {
        int start = 0;
        for (int i = 0; i < document.length; i++) {
            if (document[i] == '\n') {
                lines.add(Arrays.copyOfRange(document, start, i));
                start = i + 1;
            }
        }
    }

    int size() {
        return lines.size();
    }

    byte[] get(int i) {
        return lines.get(i);
    }

    String text(int i) {
        return new String(lines.get(i), StandardCharsets.UTF_8);
    }

    /** A modifiable copy of the lines, for edits of several lines. */
    List<byte[]> copy() {
        return new ArrayList<>(lines);
    }

    /** The first {@code n} lines. */
    byte[] head(int n) {
        return join(lines.subList(0, n));
    }

    byte[] replaced(int i, String line) {
        return replaced(i, line.getBytes(StandardCharsets.UTF_8));
    }

    byte[] replaced(int i, byte[] line) {
        List<byte[]> copy = copy();
        copy.set(i, line);
        return join(copy);
    }

    byte[] deleted(int i) {
        List<byte[]> copy = copy();
        copy.remove(i);
        return join(copy);
    }

    byte[] duplicated(int i) {
        return withLine(i, lines.get(i));
    }

    /** Lines [from, to) copied again before index {@code at}. */
    byte[] copied(int from, int to, int at) {
        List<byte[]> copy = copy();
        copy.addAll(at, lines.subList(from, to));
        return join(copy);
    }

    /** {@code line} inserted before index {@code at}. */
    byte[] withLine(int at, byte[] line) {
        List<byte[]> copy = copy();
        copy.add(at, line);
        return join(copy);
    }

    /** {@code bytes} inserted into line {@code i} at byte {@code at}. */
    byte[] inserted(int i, int at, byte[] bytes) {
        byte[] line = lines.get(i);
        return replaced(i, concat(Arrays.copyOf(line, at), bytes, Arrays.copyOfRange(line, at, line.length)));
    }
}
