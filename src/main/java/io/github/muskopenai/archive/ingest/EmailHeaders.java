package io.github.muskopenai.archive.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines that make up emails: header blocks (From/Date/To/Cc), "On …, NAME
 * &lt;…&gt; wrote:" quote lines, "Forwarded message" markers and declared counts ("3 emails").
 */
final class EmailHeaders {

    /** The parts of a quote line. */
    record QuoteLine(String dateText, String name) {
    }

    private static final Pattern HEADER = Pattern.compile("(From|Date|To|Cc|Sent|Subject):\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_START = Pattern.compile("(From|Date):\\s*\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE = Pattern.compile("On (.+), ([^,<>]+?)(?:\\s*<[^<>]*>)? wrote:\\s*");
    private static final Pattern FORWARD = Pattern.compile("[-–—_\\s]*Forwarded message[-–—_\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile("(\\d+) e-?mails?", Pattern.CASE_INSENSITIVE);

    private EmailHeaders() {
    }

    /** The header name (lower case) and value of a header line, or null. */
    static String[] header(String text) {
        if (!maybeHeader(text)) {
            return null;
        }
        Matcher m = HEADER.matcher(text);
        return m.matches() ? new String[] {m.group(1).toLowerCase(), m.group(2)} : null;
    }

    static boolean isHeader(Line line) {
        return line != null && maybeHeader(line.text()) && HEADER.matcher(line.text()).matches();
    }

    /** Cheap pre-check: every header name is 2 to 7 letters followed by a colon. */
    private static boolean maybeHeader(String text) {
        int colon = text.indexOf(':');
        return colon >= 2 && colon <= 7 && "FfDdTtCcSs".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Whether a header block starts here: a From: or Date: line followed by another header line.
     * A lone "From: …" line in a body is prose, not a header.
     */
    static boolean startsBlock(Line line, Line next) {
        return line != null && maybeHeader(line.text()) && HEADER_START.matcher(line.text()).matches() && isHeader(next);
    }

    static Optional<QuoteLine> quoteLine(String text) {
        if (!text.startsWith("On ") || !text.stripTrailing().endsWith("wrote:")) {
            return Optional.empty();
        }
        Matcher m = QUOTE.matcher(text);
        return m.matches() ? Optional.of(new QuoteLine(m.group(1), m.group(2).strip())) : Optional.empty();
    }

    static boolean isForwardMarker(Line line) {
        return line != null && line.text().contains("orwarded message") && FORWARD.matcher(line.text()).matches();
    }

    /** The count of a "3 emails" line, or null. */
    static Integer declaredCount(Line line) {
        String text = line == null ? "" : line.text().strip();
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        Matcher m = COUNT.matcher(text);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    static boolean isFence(Line line) {
        return line != null && line.text().length() < 16 && line.text().strip().equals("===");
    }
}
