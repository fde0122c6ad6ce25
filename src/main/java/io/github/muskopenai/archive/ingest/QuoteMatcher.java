package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a passage the narrative puts in quotes comes from an email. The narrative
 * changes punctuation ("Thus we are" for "Thus, we are"), straightens apostrophes and elides
 * with "…", so both sides are compared as lower-case words only, fragment by fragment.
 */
final class QuoteMatcher {

    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.");
    /** Words before a quote that say someone wrote or said it, so it is an email quote. */
    private static final Pattern SPEECH = Pattern.compile(
            "(?i)\\b(said|say|says|saying|wrote|writes|writing|told|tells|telling|responded|responds|replied|replies"
                    + "|reiterated|concluded|feedback|asked|added|agreed|stated|noted|answered|emailed)\\b");
    private static final int SPEECH_WINDOW = 80;

    private QuoteMatcher() {
    }

    /**
     * Lower-case letters and digits, words separated by one space; apostrophes vanish ("don’t" and
     * "don't" both become "dont"), every other character separates words.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean separate = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = c < 128 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                    : Character.isLetterOrDigit(c);
            if (word) {
                if (separate && !out.isEmpty()) {
                    out.append(' ');
                }
                separate = false;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c));
            } else if (c != '\'' && c != '’' && c != '‘' && c != '`') {
                separate = true;
            }
        }
        return out.toString();
    }

    /** The normalised fragments of a quote, split where it elides. */
    static List<String> fragments(String quote) {
        List<String> fragments = new ArrayList<>();
        for (String part : ELLIPSIS.split(quote)) {
            String normalized = normalize(part);
            if (!normalized.isEmpty()) {
                fragments.add(normalized);
            }
        }
        return fragments;
    }

    /** A body prepared for {@link #occursIn}: normalised and padded with a space on both sides. */
    static String searchable(String body) {
        return " " + normalize(body) + " ";
    }

    /** Whether every fragment occurs in the {@link #searchable} body, in order, on word boundaries. */
    static boolean occursIn(List<String> fragments, String body) {
        if (fragments.isEmpty()) {
            return false;
        }
        int from = 0;
        for (String fragment : fragments) {
            int at = body.indexOf(" " + fragment + " ", from);
            if (at < 0) {
                return false;
            }
            from = at + fragment.length();
        }
        return true;
    }

    /** Whether the text just before a quote says that someone said or wrote it. */
    static boolean introducedAsSpeech(String paragraph, int quoteStart) {
        String before = paragraph.substring(Math.max(0, quoteStart - SPEECH_WINDOW), quoteStart);
        return SPEECH.matcher(before).find();
    }
}
