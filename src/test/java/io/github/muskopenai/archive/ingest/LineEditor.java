package io.github.muskopenai.archive.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Edits a document line by line, on its bytes, so that a test states the line of each defect it
 * plants. Lines are numbered from 1, as the parser numbers them; numbers refer to the document
 * as it is when the edit is applied.
 */
final class LineEditor {

    private final List<byte[]> lines = new ArrayList<>();
    private boolean finalNewline;

    private LineEditor() {
    }

    static LineEditor of(byte[] document) {
        LineEditor editor = new LineEditor();
        int start = 0;
        for (int i = 0; i < document.length; i++) {
            if (document[i] == '\n') {
                editor.lines.add(Arrays.copyOfRange(document, start, i));
                start = i + 1;
            }
        }
        editor.finalNewline = start == document.length;
        if (!editor.finalNewline) {
            editor.lines.add(Arrays.copyOfRange(document, start, document.length));
        }
        return editor;
    }

    LineEditor replace(int line, String text) {
        return replace(line, text.getBytes(StandardCharsets.UTF_8));
    }

    LineEditor replace(int line, byte[] bytes) {
        lines.set(index(line), bytes.clone());
        return this;
    }

    LineEditor delete(int line) {
        lines.remove(index(line));
        return this;
    }

    /** Keeps lines 1 to {@code line}, each still ended by its newline. */
    LineEditor truncateAfter(int line) {
        lines.subList(line, lines.size()).clear();
        finalNewline = true;
        return this;
    }

    /** Ends the document in the middle of {@code line}: its first {@code chars} characters, no newline. */
    LineEditor cutInside(int line, int chars) {
        String text = new String(lines.get(index(line)), StandardCharsets.UTF_8);
        truncateAfter(line);
        lines.set(index(line), text.substring(0, chars).getBytes(StandardCharsets.UTF_8));
        finalNewline = false;
        return this;
    }

    String text(int line) {
        return new String(lines.get(index(line)), StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i));
            if (i < lines.size() - 1 || finalNewline) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private int index(int line) {
        if (line < 1 || line > lines.size()) {
            throw new IllegalArgumentException("no line " + line + " in a document of " + lines.size());
        }
        return line - 1;
    }
}
