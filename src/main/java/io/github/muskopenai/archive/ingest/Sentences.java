package io.github.muskopenai.archive.ingest;

/**
 * Finds the sentence around a position of a paragraph. Full stops inside “quotes” do not end a
 * sentence ("Ok. Let’s figure out …"), nor do abbreviations followed by a lower-case word ("the
 * U.S. in AI").
 */
final class Sentences {

    private Sentences() {
    }

    /** {start, end} of the sentence holding {@code position}; end is exclusive. */
    static int[] around(String text, int position) {
        int start = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '“') {
                depth++;
            } else if (c == '”') {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && i > 0 && isTerminal(text.charAt(i - 1))) {
                    end = endAfterClosers(text, i + 1);
                }
            } else if (depth == 0 && (c == '.' || c == '!' || c == '?')) {
                end = endAfterClosers(text, i + 1);
            }
            if (end >= 0 && startsSentence(text, end)) {
                if (position < end) {
                    return new int[] {start, end};
                }
                start = skipSpaces(text, end);
                i = start - 1;
            }
        }
        return new int[] {start, text.stripTrailing().length()};
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static int endAfterClosers(String text, int i) {
        while (i < text.length() && "”’\"')]".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean startsSentence(String text, int i) {
        if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        int next = skipSpaces(text, i);
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return Character.isUpperCase(c) || c == '“' || c == '"';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
