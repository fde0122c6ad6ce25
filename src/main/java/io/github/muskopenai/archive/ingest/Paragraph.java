package io.github.muskopenai.archive.ingest;

import java.util.List;

/** Consecutive narrative lines; its text joins them with newlines. */
record Paragraph(List<Line> lines, String text) {

    static Paragraph of(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.text());
        }
        return new Paragraph(List.copyOf(lines), text.toString());
    }

    /** The document line holding character {@code offset} of the text. */
    int lineAt(int offset) {
        int start = 0;
        for (Line line : lines) {
            int end = start + line.text().length();
            if (offset <= end) {
                return line.number();
            }
            start = end + 1;
        }
        return lines.get(lines.size() - 1).number();
    }

    SourceSpan span(int from, int to) {
        return new SourceSpan(lineAt(from), lineAt(Math.max(from, to - 1)));
    }
}
