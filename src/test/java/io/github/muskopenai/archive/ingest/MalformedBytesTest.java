package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.muskopenai.archive.ingest.ParseIssue.Severity;

/**
 * Bytes that are not a UTF-8 text document: each defect is an ERROR on the line that holds it
 * (0 for the whole document), parsing goes on around it, and nothing throws.
 */
class MalformedBytesTest {

    /** "Honest Thoughts", the subject of the thread of lines 301 to 365. */
    private static final int HONEST_THOUGHTS_SUBJECT = 301;
    /** A blank line inside the "Summer 2017" section. */
    private static final int SUMMER_BLANK = 200;
    /** "We sent Elon an advance copy ..." in the "March 2019" section. */
    private static final int LP_NARRATIVE = 517;
    private static final int REAL_LINES = 529;
    private static final int THREADS = 11;
    private static final long SEED = 20_151_211L;

    @Test
    void refusesAnEmptyFile() {
        ParsedCorpus corpus = Documents.parse("empty.md", new byte[0]);

        assertThat(corpus.issues()).extracting(ParseIssue::severity, ParseIssue::line)
                .containsExactly(tuple(Severity.ERROR, 0));
        assertThat(corpus.document().lineCount()).isZero();
        assertThat(corpus.document().sha256()).isEqualTo(Documents.sha256(new byte[0]));
        assertThat(corpus.threads()).isEmpty();
        assertThat(corpus.events()).isEmpty();
        assertThat(corpus.people()).isEmpty();
    }

    @Test
    void reportsALineOfBinaryGarbageAndReadsTheRest() {
        byte[] garbage = new byte[64];
        new Random(SEED).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = garbage[i] == '\n' ? 0 : garbage[i];
        }
        garbage[10] = 0;

        ParsedCorpus corpus = parse(real().replace(SUMMER_BLANK, garbage));

        assertThat(errorLines(corpus)).isNotEmpty().containsOnly(SUMMER_BLANK);
        assertThat(corpus.threads()).extracting(ParsedThread::id).hasSize(THREADS);
        assertThat(corpus.document().lineCount()).isEqualTo(REAL_LINES);
    }

    @Test
    void reportsEveryLineOfABinaryFile() {
        ParsedCorpus corpus = Documents.parse("binary.bin", binaryLines(40));

        assertThat(errorLines(corpus)).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(corpus.result().hasErrors()).isTrue();
    }

    @Test
    void stopsListingIssuesPastTheLimitWithAFinalError() {
        ParsedCorpus corpus = Documents.parse("binary.bin", binaryLines(IssueLog.LIMIT * 2));

        assertThat(corpus.issues()).hasSize(IssueLog.LIMIT + 1);
        assertThat(corpus.issues().get(IssueLog.LIMIT).severity()).isEqualTo(Severity.ERROR);
        assertThat(corpus.issues().get(0).line()).isEqualTo(1);
    }

    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"80", "c3", "c328", "c0af", "eda080", "f4908080", "ff", "e282"})
    void reportsAnInvalidUtf8SequenceOnItsLine(String hex) {
        byte[] invalid = HexFormat.of().parseHex(hex);
        byte[] line = concat("Honest ".getBytes(StandardCharsets.UTF_8), invalid, "Thoughts".getBytes(StandardCharsets.UTF_8));

        ParsedCorpus corpus = parse(real().replace(HONEST_THOUGHTS_SUBJECT, line));

        assertThat(errorLines(corpus)).containsExactly(HONEST_THOUGHTS_SUBJECT);
        assertThat(corpus.threads()).extracting(ParsedThread::id).hasSize(THREADS);
    }

    @Test
    void refusesALineLongerThanTheLimitAndCountsTheLinesAfterIt() {
        byte[] bytes = real().replace(LP_NARRATIVE, repeat('a', DocumentLines.MAX_LINE_BYTES + 1)).bytes();

        ParsedCorpus corpus = Documents.parse("long.md", bytes);

        assertThat(errorLines(corpus)).containsExactly(LP_NARRATIVE);
        assertThat(corpus.document().lineCount()).isEqualTo(REAL_LINES);
        assertThat(corpus.document().sha256()).isEqualTo(Documents.sha256(bytes));
        assertThat(corpus.threads()).extracting(ParsedThread::id).hasSize(THREADS);
    }

    @Test
    void readsALineOfExactlyTheLimit() {
        ParsedCorpus corpus = parse(real().replace(LP_NARRATIVE, repeat('a', DocumentLines.MAX_LINE_BYTES)));

        assertThat(errorLines(corpus)).isEmpty();
        assertThat(corpus.event("2019-03-we-announced-the-capped-profit").orElseThrow().text())
                .contains("a".repeat(DocumentLines.MAX_LINE_BYTES));
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() {
        String crlf = new String(Documents.realBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, crlf.getBytes(StandardCharsets.UTF_8));

        ParsedCorpus corpus = Documents.parse("windows.md", bytes);

        assertThat(corpus.issues()).isEmpty();
        assertThat(corpus.document().title()).isEqualTo("Elon and OpenAI 2");
        assertThat(corpus.document().lineCount()).isEqualTo(REAL_LINES);
        assertThat(corpus.messages()).extracting(ParsedMessage::id)
                .containsExactlyElementsOf(Documents.real().messages().stream().map(ParsedMessage::id).toList());
    }

    /** Lines of random bytes, each with a NUL in it and none with a line feed. */
    private static byte[] binaryLines(int count) {
        Random random = new Random(SEED);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int line = 1; line <= count; line++) {
            byte[] bytes = new byte[100];
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = bytes[i] == '\n' ? (byte) 0xFF : bytes[i];
            }
            bytes[line % bytes.length] = 0;
            file.writeBytes(bytes);
            file.write('\n');
        }
        return file.toByteArray();
    }

    private static LineEditor real() {
        return LineEditor.of(Documents.realBytes());
    }

    private static ParsedCorpus parse(LineEditor edited) {
        return Documents.parse("malformed.md", edited.bytes());
    }

    private static List<Integer> errorLines(ParsedCorpus corpus) {
        return corpus.issues().stream().filter(ParseIssue::isError).map(ParseIssue::line).distinct().toList();
    }

    private static byte[] repeat(char c, int times) {
        byte[] bytes = new byte[times];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
