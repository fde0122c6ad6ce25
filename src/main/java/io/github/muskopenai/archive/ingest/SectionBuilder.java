package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of the page while it is read: from the line restating a timeline item (or from
 * the top of the page) to the next restatement. It keeps the narrative paragraphs, images and
 * the messages of the threads shown in it.
 */
final class SectionBuilder {

    /** An image line, kept until the section's events have ids. */
    record ImageLine(Line line, String alt, String path) {
    }

    /** The timeline item this section restates; null for the part of the page before the first one. */
    final Timeline.Item item;
    final String heading;
    final int headingLine;
    private int lastLine;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Line> current = new ArrayList<>();
    private final List<ImageLine> images = new ArrayList<>();
    private final List<ParsedMessage> messages = new ArrayList<>();

    SectionBuilder(Timeline.Item item, String heading, int headingLine) {
        this.item = item;
        this.heading = heading;
        this.headingLine = headingLine;
        this.lastLine = headingLine;
    }

    void text(Line line) {
        current.add(line);
        touch(line.number());
    }

    void endParagraph() {
        if (!current.isEmpty()) {
            paragraphs.add(Paragraph.of(current));
            current.clear();
        }
    }

    void image(Line line, String alt, String path) {
        endParagraph();
        images.add(new ImageLine(line, alt, path));
        touch(line.number());
    }

    void thread(ParsedThread thread) {
        endParagraph();
        messages.addAll(thread.messages());
        touch(thread.source().lastLine());
    }

    private void touch(int line) {
        lastLine = Math.max(lastLine, line);
    }

    List<Paragraph> paragraphs() {
        endParagraph();
        return paragraphs;
    }

    List<ImageLine> images() {
        return images;
    }

    List<ParsedMessage> messages() {
        return messages;
    }

    int lastLine() {
        return lastLine;
    }

    /** The narrative text of the section: its paragraphs, separated by blank lines. */
    String text() {
        List<String> texts = paragraphs().stream().map(Paragraph::text).toList();
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }
}
