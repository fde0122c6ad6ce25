package io.github.muskopenai.archive.ingest;

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

    /**
     * Takes a line of the preamble; false at the first line that is not one. Besides front matter,
     * the preamble holds only "Last post:", blank lines, and the page title right before its
     * "source:" line: anything else is the page itself and must be parsed as such.
     */
    boolean accept(Line line, Line next, IssueLog issues) {
        String text = line.text();
        if (line.number() == 1 && text.strip().equals("---")) {
            inFrontMatter = true;
            return true;
        }
        if (inFrontMatter) {
            if (frontMatter(text)) {
                return true;
            }
            issues.error(1, "the front matter opened on line 1 is never closed by a \"---\" line");
            inFrontMatter = false;
        }
        Matcher m;
        if (line.isBlank()) {
            return true;
        }
        if ((m = LAST_POST.matcher(text.strip())).matches()) {
            previousPost = m.group(1).strip();
            return true;
        }
        if ((m = SOURCE.matcher(text.strip())).matches()) {
            sourceUrl = m.group(1);
            return true;
        }
        if (sourceUrl == null && !text.startsWith("#") && next != null && SOURCE.matcher(next.text().strip()).matches()) {
            sourceTitle = text.strip();
            return true;
        }
        return false;
    }

    /** Takes a front-matter line; false when the line cannot be front matter. */
    private boolean frontMatter(String text) {
        String line = text.strip();
        if (line.equals("---")) {
            inFrontMatter = false;
            return true;
        }
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        Matcher m = FRONT_MATTER_FIELD.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String value = unquote(m.group(2).strip());
        switch (m.group(1)) {
            case "title" -> title = value;
            case "date" -> date = value;
            default -> {
                // other front-matter fields (layout, toc, categories) say nothing about the content
            }
        }
        return true;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
