package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top of a document, before its first heading: the front matter (title, date), the "Last
 * post:" reference and the reproduced page's title followed by its "source:" URL.
 */
final class Preamble {

    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("(\\w+):\\s*(.*)");
    private static final Pattern LAST_POST = Pattern.compile("Last post:\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("source:\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);

    String title;
    String date;
    String previousPost;
    String sourceTitle;
    String sourceUrl;
    private boolean inFrontMatter;
    /** Plain lines not (yet) known to be the page title; they are narrative if no source line follows. */
    private final List<Line> pending = new ArrayList<>();

    /** Takes a line of the preamble; false at the first line that is not one (a heading). */
    boolean accept(Line line) {
        String text = line.text();
        if (line.number() == 1 && text.strip().equals("---")) {
            inFrontMatter = true;
            return true;
        }
        if (inFrontMatter) {
            frontMatter(text);
            return true;
        }
        if (text.startsWith("#")) {
            return false;
        }
        Matcher m;
        if ((m = LAST_POST.matcher(text.strip())).matches()) {
            previousPost = m.group(1).strip();
        } else if ((m = SOURCE.matcher(text.strip())).matches()) {
            sourceUrl = m.group(1);
            if (!pending.isEmpty()) {
                sourceTitle = pending.remove(pending.size() - 1).text().strip();
            }
        } else if (!line.isBlank()) {
            pending.add(line);
        }
        return true;
    }

    /** Preamble lines that turned out to be narrative text. */
    List<Line> leftover() {
        return pending;
    }

    private void frontMatter(String text) {
        if (text.strip().equals("---")) {
            inFrontMatter = false;
            return;
        }
        Matcher m = FRONT_MATTER_FIELD.matcher(text.strip());
        if (text.strip().startsWith("#") || !m.matches()) {
            return;
        }
        String value = unquote(m.group(2).strip());
        switch (m.group(1)) {
            case "title" -> title = value;
            case "date" -> date = value;
            default -> {
                // other front-matter fields (layout, toc, categories) say nothing about the content
            }
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
