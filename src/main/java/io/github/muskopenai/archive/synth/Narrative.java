package io.github.muskopenai.archive.synth;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the narrative paragraphs of a section, in the source's manner: plain sentences, dated
 * statements ("On March 3, 2016, X wrote to Y.") and passages in curly quotes copied from an email
 * of the section. It counts what the parser will find in them: each dated statement is an event,
 * each quoted passage a quote.
 */
final class Narrative {

    /**
     * What the parser takes for a dated statement. Generated filler that happens to contain one
     * is drawn again, so that the counts stay exact.
     */
    private static final Pattern STATEMENT = Pattern.compile("\\b[Oo]n (?:January|February|March|April|May|June"
            + "|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
            + "\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}\\b");
    /** Longer passages are cut after this many words and end with "…", as the source does. */
    private static final int QUOTE_WORDS = 24;
    private static final int FILLER_CHARS = 220;

    private final TextModel text;
    private int statements;
    private int quotes;

    Narrative(TextModel text) {
        this.text = text;
    }

    /** Dated statements written so far (each is an event for the parser). */
    int statements() {
        return statements;
    }

    /** Quoted passages written so far. */
    int quotes() {
        return quotes;
    }

    /**
     * A paragraph about a thread, written before it: the opening paragraph of a section, or one
     * between threads. Mostly a dated statement about its first email, often with a passage of it.
     */
    String about(SplittableRandom random, SynthThread thread) {
        SynthMessage first = thread.messages().get(0);
        String passage = passage(thread);
        int kind = random.nextInt(10);
        if (kind < 2) {
            return filler(random, 1 + random.nextInt(3));
        }
        StringBuilder paragraph = new StringBuilder();
        if (kind < 4 && passage != null) {
            paragraph.append(filler(random, 1)).append(' ').append(first.from().first()).append(" wrote, ");
            return quote(paragraph, passage).toString();
        }
        paragraph.append(statement(first));
        if (kind < 8 && passage != null) {
            return quote(paragraph.append(", "), passage).toString();
        }
        return paragraph.append(". ").append(filler(random, 1)).toString();
    }

    /** Sentences of the text model that the parser will read as nothing but text. */
    String filler(SplittableRandom random, int sentences) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String sentence = text.sentence(random, FILLER_CHARS);
            for (int attempt = 0; attempt < 8 && STATEMENT.matcher(sentence).find(); attempt++) {
                sentence = text.sentence(random, FILLER_CHARS);
            }
            if (STATEMENT.matcher(sentence).find()) {
                sentence = "Nothing more was said.";
            }
            paragraph.append(i > 0 ? " " : "").append(sentence);
        }
        return paragraph.toString();
    }

    private String statement(SynthMessage message) {
        statements++;
        Person to = message.firstAddressee();
        return "On " + DateStyle.day(message.sentAt()) + ", " + message.from().name()
                + (to == null ? " sent an email" : " wrote to " + to.name());
    }

    private StringBuilder quote(StringBuilder paragraph, String passage) {
        quotes++;
        return paragraph.append('“').append(passage).append('”');
    }

    /** A sentence of the thread's first email (or of another) to quote, cut if long; null if none. */
    private static String passage(SynthThread thread) {
        for (SynthMessage message : thread.messages()) {
            String sentence = message.body().quotable();
            if (sentence != null && !STATEMENT.matcher(sentence).find()) {
                return shorten(sentence);
            }
        }
        return null;
    }

    private static String shorten(String sentence) {
        List<String> words = Words.of(sentence);
        if (words.size() <= QUOTE_WORDS) {
            return sentence;
        }
        // Cut after the QUOTE_WORDS-th word as written, keeping its inner punctuation.
        int end = 0;
        Matcher m = Words.WORD.matcher(sentence);
        for (int i = 0; i < QUOTE_WORDS && m.find(); i++) {
            end = m.end();
        }
        return sentence.substring(0, end) + "…";
    }
}
