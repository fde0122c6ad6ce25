package io.github.muskopenai.archive.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.muskopenai.archive.ingest.ParsedCorpus;
import io.github.muskopenai.archive.ingest.ParsedMessage;

/** The words and the body lengths come from the real document. */
class SourceVocabularyTest {

    /** What a body holds besides words: redaction runs, placeholders, link placeholders, list numbers. */
    private static final Pattern MARKS = Pattern.compile("█+|<redacted>|\\[Link to [^\\]]*]|(?m)^1\\. ");

    @TempDir
    Path out;

    @Test
    void theVocabularyIsMadeOfWordsOfTheRealDocument() throws IOException {
        Set<String> realWords = new HashSet<>(Words.of(Files.readString(Generated.SOURCE)));
        Set<String> vocabulary = Generated.generator().textModel().vocabulary();

        assertThat(vocabulary).hasSizeGreaterThan(1000).contains("OpenAI", "compute", "nonprofit", "doesn’t");
        assertThat(realWords).containsAll(vocabulary);
    }

    @Test
    void everyWordOfEveryGeneratedBodyIsInTheVocabularyOrIsACorrespondentsName() throws IOException {
        Generated corpus = Generated.generate(out, 1500, 1500, 9);
        ParsedCorpus document = corpus.parseAll().get(0);
        Set<String> vocabulary = Generated.generator().textModel().vocabulary();
        Set<String> names = new HashSet<>();
        document.people().forEach(p -> {
            names.addAll(List.of(p.name().split(" ")));
            names.addAll(p.aliases());
        });
        List<String> strangers = new ArrayList<>();

        for (ParsedMessage message : document.messages()) {
            for (String word : Words.of(MARKS.matcher(message.body()).replaceAll(" "))) {
                if (!vocabulary.contains(word) && !names.contains(word)) {
                    strangers.add(word);
                }
            }
        }

        assertThat(strangers).isEmpty();
    }

    @Test
    void bodyLengthsResembleTheRealEmails() {
        BodyShape shape = Generated.generator().bodyShape();
        SplittableRandom random = new SplittableRandom(1);
        int[] lengths = new int[5001];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = shape.length(random);
        }
        java.util.Arrays.sort(lengths);

        assertThat(lengths[lengths.length / 2]).as("median").isBetween(350, 650);
        assertThat(lengths[lengths.length / 5]).as("20th percentile: short replies").isLessThan(150);
        assertThat(lengths[lengths.length - 1]).as("longest").isLessThanOrEqualTo(BodyShape.MAX_CHARS);
        assertThat(lengths[lengths.length * 19 / 20]).as("95th percentile: memos").isGreaterThan(3000);
    }

    @Test
    void generatedSentencesStartLikeRealOnesAndRespectTheirLengthCap() {
        TextModel text = Generated.generator().textModel();
        SplittableRandom random = new SplittableRandom(2);

        for (int i = 0; i < 2000; i++) {
            String sentence = text.sentence(random, 80);
            assertThat(sentence).hasSizeLessThanOrEqualTo(80).matches("[\\p{Lu}\\p{N}].*[.?!]");
            assertThat(sentence).doesNotContain(":", "“", "”", "#", "<", "[");
        }
    }
}
