package io.github.muskopenai.archive.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a passage the narrative puts in quotes comes from an email. The narrative
 * changes punctuation ("Thus we are" for "Thus, we are"), straightens apostrophes and elides
 * with "…", so both sides are compared as lower-case words only, fragment by fragment.
 */
final class QuoteMatcher {

    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words before a quote that say someone wrote or said it, so it is an email quote. */
    private static final Pattern SPEECH = Pattern.compile(
            "(?i)\\b(said|say|says|saying|wrote|writes|writing|told|tells|telling|responded|responds|replied|replies"
                    + "|reiterated|concluded|feedback|asked|added|agreed|stated|noted|answered|emailed)\\b");
    private static final int SPEECH_WINDOW = 80;

    private QuoteMatcher() {
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        return NON_WORD.matcher(s).replaceAll(" ").strip();
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

    /** Whether every fragment occurs in the (normalised) body, in order. */
    static boolean occursIn(List<String> fragments, String normalizedBody) {
        if (fragments.isEmpty()) {
            return false;
        }
        String body = " " + normalizedBody + " ";
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
