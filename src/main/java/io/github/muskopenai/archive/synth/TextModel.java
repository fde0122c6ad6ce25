package io.github.muskopenai.archive.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A bigram model of the words of the real email bodies: each word is followed by a word (or the
 * end of the sentence) drawn with the frequency that pair has in the source, so unigram
 * frequencies, sentence openings, sentence lengths and comma positions all follow the source.
 * <p>
 * Successors are kept as plain arrays with repetitions (a word seen twice after "the" is in its
 * array twice): one uniform draw then samples with the real frequency, and generating is
 * allocation-free apart from the output.
 */
final class TextModel {

    /** Sentence ends in the successor arrays: {@code -1 - index} into this string. */
    private static final String TERMINALS = ".?!";
    /** A sentence of the source that never ends would loop; none is longer than this. */
    private static final int MAX_WORDS = 60;
    private static final int START = 0;

    private final String[] words;
    /** successors[state]: state 0 is the sentence start, state i + 1 follows word i. Entries are
     * {@code 2 * word + (comma after the previous word ? 1 : 0)} or a negative sentence end. */
    private final int[][] successors;
    private final Set<String> vocabulary;

    private TextModel(String[] words, int[][] successors) {
        this.words = words;
        this.successors = successors;
        this.vocabulary = Set.of(words);
    }

    /** Learns the model from email bodies as the parser returns them. */
    static TextModel learn(List<String> bodies) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<List<Integer>> next = new ArrayList<>();
        next.add(new ArrayList<>());
        for (String body : bodies) {
            for (Words.Sentence sentence : Words.sentences(body)) {
                int state = START;
                boolean comma = false;
                for (int i = 0; i < sentence.words().size(); i++) {
                    int id = ids.computeIfAbsent(sentence.words().get(i), w -> {
                        next.add(new ArrayList<>());
                        return ids.size();
                    });
                    if (state != START || opensSentence(sentence.words().get(0))) {
                        next.get(state).add(2 * id + (comma ? 1 : 0));
                    }
                    comma = sentence.commaAfter().get(i);
                    state = id + 1;
                }
                next.get(state).add(-1 - TERMINALS.indexOf(sentence.terminal()));
            }
        }
        if (next.get(START).isEmpty()) {
            throw new IllegalArgumentException("the source document has no email bodies to learn words from");
        }
        int[][] successors = next.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        return new TextModel(ids.keySet().toArray(String[]::new), successors);
    }

    /** Source sentences split after "e.g." or an ellipsis begin in lower case: they do not open one. */
    private static boolean opensSentence(String word) {
        char first = word.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    /** Every word the model can produce, exactly as written in the source. */
    Set<String> vocabulary() {
        return vocabulary;
    }

    /**
     * Appends one sentence with its end mark, at most {@code maxChars} long: a longer one is cut
     * at a word boundary (it always keeps its first word).
     */
    void sentence(SplittableRandom random, int maxChars, StringBuilder out) {
        int begin = out.length();
        int state = START;
        char terminal = '.';
        for (int n = 0; n < MAX_WORDS; n++) {
            int[] choices = successors[state];
            int next = choices[random.nextInt(choices.length)];
            if (next < 0) {
                terminal = TERMINALS.charAt(-1 - next);
                break;
            }
            String word = words[next >> 1];
            int separator = n == 0 ? 0 : (next & 1) + 1;
            if (n > 0 && out.length() - begin + separator + word.length() + 1 > maxChars) {
                break;
            }
            if (n > 0) {
                out.append((next & 1) == 1 ? ", " : " ");
            }
            out.append(word);
            state = (next >> 1) + 1;
        }
        out.append(terminal);
    }

    /** A sentence as a string. */
    String sentence(SplittableRandom random, int maxChars) {
        StringBuilder out = new StringBuilder();
        sentence(random, maxChars, out);
        return out.toString();
    }

    /**
     * A run of words from the start of a sentence, without punctuation (for titles and subjects):
     * up to {@code maxWords}, ending where the sentence ends once it has {@code minWords}.
     */
    List<String> fragment(SplittableRandom random, int minWords, int maxWords) {
        List<String> fragment = new ArrayList<>();
        int state = START;
        while (fragment.size() < maxWords) {
            int[] choices = successors[state];
            int next = choices[random.nextInt(choices.length)];
            if (next < 0) {
                if (fragment.size() >= minWords) {
                    break;
                }
                state = START;
                continue;
            }
            fragment.add(words[next >> 1]);
            state = (next >> 1) + 1;
        }
        return Collections.unmodifiableList(fragment);
    }
}
