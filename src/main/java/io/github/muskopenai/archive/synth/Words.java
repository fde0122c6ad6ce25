package io.github.muskopenai.archive.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits real email bodies into sentences of words, the unit the {@link TextModel} learns from.
 * <p>
 * A word is letters and digits with inner apostrophes, hyphens or dots ("doesn’t", "non-profit",
 * "U.S"); everything else is dropped. Colons, quote marks, brackets and {@code #} never survive, so
 * no generated line can look like a header, a quote line, a timeline restatement or a heading.
 */
final class Words {

    /** One word of the vocabulary. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.][\\p{L}\\p{N}]+)*");

    /** Body marks that are not words: redaction runs, placeholders, link placeholders, URLs, emphasis. */
    private static final Pattern MARKS = Pattern.compile(
            "█+|<redacted>|\\[Link to [^\\]]*]|https?://\\S+|\\*\\*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_PREFIX = Pattern.compile("^\\s*(?:#+|\\d+\\.|[-–])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");

    /** A sentence of the source: its words, which of them a comma follows, and how it ended. */
    record Sentence(List<String> words, List<Boolean> commaAfter, char terminal) {
    }

    private Words() {
    }

    /** The sentences of one body, line by line, without the marks that are not words. */
    static List<Sentence> sentences(String body) {
        List<Sentence> sentences = new ArrayList<>();
        for (String line : body.split("\n")) {
            String text = LINE_PREFIX.matcher(MARKS.matcher(line).replaceAll(" ")).replaceFirst("");
            for (String part : SENTENCE_END.split(text.strip())) {
                Sentence sentence = sentence(part);
                if (sentence != null) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /** The words of a text, in order. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static Sentence sentence(String text) {
        List<String> words = new ArrayList<>();
        List<Boolean> commas = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
            int next = m.end();
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            commas.add(next < text.length() && text.charAt(next) == ',');
        }
        if (words.isEmpty()) {
            return null;
        }
        String stripped = text.strip();
        char last = stripped.charAt(stripped.length() - 1);
        char terminal = last == '?' || last == '!' ? last : '.';
        commas.set(commas.size() - 1, false);
        return new Sentence(words, commas, terminal);
    }
}
