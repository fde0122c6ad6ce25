package io.github.muskopenai.archive.load;

import java.util.Arrays;

/**
 * The text of the document being loaded, rebuilt from its lines (joined by a newline), with the
 * offset of every line so a record's lines can be located in it.
 */
final class DocumentText {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private int[] lineStarts = new int[1024];
    private int lines;

    void clear() {
        text.setLength(0);
        lines = 0;
    }

    void line(int number, String line) {
        if (number != lines + 1) {
            throw new IllegalStateException("line " + number + " after line " + lines);
        }
        if (lines == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = text.length();
        text.append(line).append('\n');
    }

    /** Offset of the first character of line {@code number} (1-based). */
    int start(int number) {
        return lineStarts[number - 1];
    }

    /** Length of lines {@code first}..{@code last}, without the newline after the last. */
    int length(int first, int last) {
        int end = last < lines ? lineStarts[last] - 1 : text.length() - 1;
        return end - start(first);
    }

    String content() {
        return text.toString();
    }
}
