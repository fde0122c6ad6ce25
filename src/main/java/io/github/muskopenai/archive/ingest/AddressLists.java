package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the value of a From/To/Cc header into its entries, as written: {@code Name <address>},
 * a bare name, or a wholly redacted recipient such as {@code <redacted>} or
 * {@code <redacted> <redacted>}.
 */
final class AddressLists {

    /** One entry of a header, with the column (0-based, within the value) it starts at. */
    record Entry(String text, String name, int offset) {

        /** A recipient whose name is not given or is itself redacted: not a person. */
        boolean isRedacted() {
            return name == null;
        }
    }

    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("(.*?)\\s*<([^<>]*)>");
    private static final Pattern REDACTED_NAME = Pattern.compile("(?i)<redacted>|█+|\\[redacted]");

    private AddressLists() {
    }

    static List<Entry> parse(String value) {
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        boolean inAngle = false;
        boolean inQuotes = false;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == '<') {
                inAngle = true;
            } else if (c == '>') {
                inAngle = false;
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == ',' && !inAngle && !inQuotes) {
                addEntry(entries, value, start, i);
                start = i + 1;
            }
        }
        return entries;
    }

    private static void addEntry(List<Entry> entries, String value, int from, int to) {
        String raw = value.substring(from, to);
        String text = raw.strip();
        if (text.isEmpty()) {
            return;
        }
        int offset = from + raw.indexOf(text);
        entries.add(new Entry(text, nameOf(text), offset));
    }

    /** The person's display name, or null when the entry names nobody. */
    private static String nameOf(String text) {
        Matcher m = NAME_AND_ADDRESS.matcher(text);
        String name = m.matches() ? m.group(1) : text;
        name = stripQuotes(name.strip()).replaceAll("\\s+", " ");
        if (name.isEmpty() || REDACTED_NAME.matcher(name).matches() || name.contains("█")) {
            return null;
        }
        return name;
    }

    private static String stripQuotes(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).strip();
        }
        return name;
    }
}
