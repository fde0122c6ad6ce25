package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a body marks rather than says: redaction runs (U+2588), {@code <redacted>}
 * placeholders, link placeholders such as "[Link to news article]", and a closing signature.
 */
final class BodyMarkers {

    private static final Pattern BLOCKS = Pattern.compile("█+");
    private static final Pattern PLACEHOLDER = Pattern.compile("<redacted>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("\\[Link to [^\\]]*]");
    /** "-gdb", "- gdb": a handle after a dash on the last line of a body. */
    private static final Pattern SIGNATURE = Pattern.compile("\\s*[-–—]\\s*([A-Za-z][\\w.]{0,19})\\s*");

    private BodyMarkers() {
    }

    /** Redactions in the body lines; {@code lines} are the verbatim lines the body was joined from. */
    static List<Redaction> redactions(List<Line> lines) {
        List<Redaction> found = new ArrayList<>();
        int lineStart = 0;
        for (Line line : lines) {
            if (line.text().indexOf('█') >= 0) {
                scan(BLOCKS, Redaction.Kind.BLOCK, line, lineStart, found);
            }
            if (line.text().indexOf('<') >= 0) {
                scan(PLACEHOLDER, Redaction.Kind.PLACEHOLDER, line, lineStart, found);
            }
            lineStart += line.text().length() + 1;
        }
        found.sort((a, b) -> Integer.compare(a.bodyOffset(), b.bodyOffset()));
        return found;
    }

    static List<LinkPlaceholder> links(List<Line> lines) {
        List<LinkPlaceholder> found = new ArrayList<>();
        int lineStart = 0;
        for (Line line : lines) {
            Matcher m = LINK.matcher(line.text());
            while (line.text().indexOf('[') >= 0 && m.find()) {
                found.add(new LinkPlaceholder(m.group(), line.number(), m.start() + 1, lineStart + m.start()));
            }
            lineStart += line.text().length() + 1;
        }
        return found;
    }

    /** The handle a body is signed with ("gdb" from "-gdb"), or null. */
    static String signature(List<Line> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        Matcher m = SIGNATURE.matcher(lines.get(lines.size() - 1).text());
        return m.matches() ? m.group(1) : null;
    }

    private static void scan(Pattern pattern, Redaction.Kind kind, Line line, int lineStart, List<Redaction> found) {
        Matcher m = pattern.matcher(line.text());
        while (m.find()) {
            found.add(new Redaction(kind, line.number(), m.start() + 1, m.end() - m.start(), lineStart + m.start()));
        }
    }
}
