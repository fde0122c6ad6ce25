package io.github.muskopenai.archive.resilience;

import static io.github.muskopenai.archive.resilience.Bytes.concat;
import static io.github.muskopenai.archive.resilience.Bytes.join;
import static io.github.muskopenai.archive.resilience.Bytes.repeated;
import static io.github.muskopenai.archive.resilience.Mutation.either;
import static io.github.muskopenai.archive.resilience.Mutation.refusedAt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Broken variants of the real document, built from its bytes with a fixed seed: the same run
 * always tries the same mutations. Where the parser's contract names the defect (bytes that are
 * not UTF-8 text, an unreadable date, a wrong declared count), the mutation expects a refusal on
 * that line; everything else may load or be refused.
 */
final class Mutations {

    private static final long SEED = 20_151_120L;
    /** DocumentLines.MAX_LINE_BYTES: longer lines are errors. */
    private static final int MAX_LINE_BYTES = 1 << 20;
    private static final int TEN_MB = 10 << 20;
    private static final int LARGE_BODIES = 10;
    private static final int LARGE_BODY = 1_000_000;
    /** "3 emails" under "### Bi-weekly updates", which has three header blocks. */
    private static final int DECLARED_COUNT_LINE = 100;
    /** The closing "---" of the front matter opened on line 1. */
    private static final int FRONT_MATTER_END = 8;

    private final Lines lines;
    private final Random random = new Random(SEED);
    private final List<Mutation> all = new ArrayList<>();

    private Mutations(byte[] document) {
        lines = new Lines(document);
    }

    static List<Mutation> of(byte[] document) {
        Mutations m = new Mutations(document);
        m.truncations();
        m.fencesAndHeaders();
        m.dates();
        m.badBytes();
        m.wholeFiles();
        m.largeBodies();
        m.structure();
        return m.all;
    }

    private void truncations() {
        for (int k = 0; k < 6; k++) {
            int n = 1 + random.nextInt(lines.size() - 1);
            all.add(either("truncated after line " + n, lines.head(n)));
        }
        for (int k = 0; k < 4; k++) {
            int i = pick(indexes(s -> s.length() > 20), 1).get(0);
            int cut = asciiCut(i);
            all.add(either("truncated in line " + (i + 1) + " after byte " + cut,
                    concat(lines.head(i), Arrays.copyOf(lines.get(i), cut))));
        }
        for (int i : pick(indexes(s -> s.chars().anyMatch(c -> c > 0x7f)), 3)) {
            byte[] line = lines.get(i);
            int lead = IntStream.range(0, line.length).filter(p -> (line[p] & 0xC0) == 0xC0).findFirst().orElseThrow();
            all.add(refusedAt(i + 1, "truncated in line " + (i + 1) + " inside a UTF-8 sequence",
                    concat(lines.head(i), Arrays.copyOf(line, lead + 1))));
        }
    }

    private void fencesAndHeaders() {
        List<Integer> fences = indexes(s -> s.equals("==="));
        pick(fences, 4).forEach(i -> all.add(either("=== line " + (i + 1) + " deleted", lines.deleted(i))));
        pick(fences, 4).forEach(i -> all.add(either("=== line " + (i + 1) + " duplicated", lines.duplicated(i))));
        for (String header : List.of("From:", "Date:", "To:", "Cc:")) {
            List<Integer> found = indexes(s -> s.startsWith(header));
            pick(found, 2).forEach(i -> all.add(either(header + " line " + (i + 1) + " deleted", lines.deleted(i))));
            pick(found, 2).forEach(i -> all.add(either(header + " line " + (i + 1) + " duplicated", lines.duplicated(i))));
        }
    }

    private void dates() {
        List<Integer> dateLines = indexes(s -> s.startsWith("Date:"));
        for (String bad : List.of("sometime in late 2017", "Thu, Feb 30, 2017 at 10:00 AM", "Mon, Jun 12, 2017 at 25:00",
                "Wed, Feb 29, 2017 at 9:00 AM", "Mon, Jun 12, 2017 at 13:00 PM", "Fri, Nov 20, 2015 at 12:61 PM")) {
            int i = pick(dateLines, 1).get(0);
            all.add(refusedAt(i + 1, "bad date \"" + bad + "\" on line " + (i + 1), lines.replaced(i, "Date: " + bad)));
        }
        int i = pick(dateLines, 1).get(0);
        all.add(either("empty Date: on line " + (i + 1), lines.replaced(i, "Date:")));
    }

    private void badBytes() {
        List<Integer> text = indexes(s -> s.length() > 20);
        refusedBytes(text, "byte FF", 0xFF);
        refusedBytes(text, "overlong C0 AF", 0xC0, 0xAF);
        refusedBytes(text, "UTF-8 encoded surrogate ED A0 80", 0xED, 0xA0, 0x80);
        refusedBytes(text, "lone continuation byte 80", 0x80);
        refusedBytes(text, "Latin-1 byte E9", 0xE9);
        refusedBytes(text, "NUL byte", 0x00);
        refusedBytes(text, "three NUL bytes", 0x00, 0x00, 0x00);
        refusedBytes(text, "BEL control character", 0x07);
        refusedBytes(text, "CR inside a line", '\r');
        for (String[] valid : List.of(new String[] {"emoji", "\uD83D\uDE00"}, new String[] {"U+2028 line separator", "\u2028"},
                new String[] {"U+FEFF inside a line", "\uFEFF"})) {
            int i = pick(text, 1).get(0);
            all.add(either(valid[0] + " in line " + (i + 1), lines.inserted(i, asciiCut(i), valid[1].getBytes(StandardCharsets.UTF_8))));
        }
    }

    private void refusedBytes(List<Integer> candidates, String what, int... bytes) {
        int i = pick(candidates, 1).get(0);
        all.add(refusedAt(i + 1, what + " in line " + (i + 1), lines.inserted(i, asciiCut(i), Bytes.of(bytes))));
    }

    private void wholeFiles() {
        all.add(refusedAt(0, "empty file", new byte[0]));
        byte[] binary = new byte[1 << 16];
        random.nextBytes(binary);
        all.add(refusedAt(1, "binary file (64 KiB of random bytes)", binary));
        int at = random.nextInt(lines.size());
        all.add(refusedAt(at + 1, "10 MB line inserted as line " + (at + 1), lines.withLine(at, repeated('a', TEN_MB))));
        at = random.nextInt(lines.size());
        all.add(refusedAt(at + 1, "line of 1 MiB + 1 byte inserted as line " + (at + 1),
                lines.withLine(at, repeated('b', MAX_LINE_BYTES + 1))));
        at = random.nextInt(lines.size());
        all.add(either("line of exactly 1 MiB inserted as line " + (at + 1), lines.withLine(at, repeated('c', MAX_LINE_BYTES))));
        all.add(either("CRLF line endings",
                new String(lines.head(lines.size()), StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        all.add(either("UTF-8 byte order mark", concat(Bytes.of(0xEF, 0xBB, 0xBF), lines.head(lines.size()))));
        byte[] whole = lines.head(lines.size());
        all.add(either("no newline at the end", Arrays.copyOf(whole, whole.length - 1)));
    }

    /**
     * More than the loader's 8 MB COPY buffer in emails, so rows reach PostgreSQL while the rest
     * is still parsed: once loadable, once with a bad date on the last email.
     */
    private void largeBodies() {
        List<Integer> froms = indexes(s -> s.startsWith("From:"));
        List<byte[]> big = lines.copy();
        for (int k = LARGE_BODIES - 1; k >= 0; k--) {
            int body = froms.get(k) + 1;
            while (lines.text(body).matches("(Date|To|Cc):.*")) {
                body++;
            }
            big.add(body, repeated((char) ('d' + k), LARGE_BODY));
        }
        all.add(either(LARGE_BODIES + " emails with a 1 MB body line", join(big)));
        int lastDate = indexes(s -> s.startsWith("Date:")).get(froms.size() - 1) + LARGE_BODIES;
        big.set(lastDate, "Date: sometime in 2019".getBytes(StandardCharsets.UTF_8));
        all.add(refusedAt(lastDate + 1, LARGE_BODIES + " emails with a 1 MB body line, then a bad date on line "
                + (lastDate + 1), join(big)));
    }

    private void structure() {
        all.add(refusedAt(DECLARED_COUNT_LINE, "\"3 emails\" changed to \"5 emails\"", lines.replaced(DECLARED_COUNT_LINE - 1, "5 emails")));
        all.add(refusedAt(DECLARED_COUNT_LINE, "\"3 emails\" changed to \"2 emails\"", lines.replaced(DECLARED_COUNT_LINE - 1, "2 emails")));
        all.add(either("\"3 emails\" line deleted", lines.deleted(DECLARED_COUNT_LINE - 1)));
        all.add(refusedAt(1, "front matter never closed", lines.deleted(FRONT_MATTER_END - 1)));
        all.add(either("front matter deleted", join(lines.copy().subList(FRONT_MATTER_END, lines.size()))));
        int heading = indexes(s -> s.startsWith("## Timeline")).get(0);
        List<Integer> timeline = indexes(s -> s.startsWith("1. ")).stream().filter(i -> i > heading && i < heading + 14).toList();
        pick(timeline, 2).forEach(i -> all.add(either("timeline line " + (i + 1) + " deleted", lines.deleted(i))));
        pick(timeline, 1).forEach(i -> all.add(either("timeline line " + (i + 1) + " duplicated", lines.duplicated(i))));
        all.add(either("timeline heading deleted", lines.deleted(heading)));
        List<Integer> subjects = indexes(s -> s.equals("===")).stream()
                .filter(i -> lines.text(i + 2).startsWith("From:") && !lines.text(i + 1).isBlank()).toList();
        pick(subjects, 2).forEach(i -> all.add(either("subject line " + (i + 2) + " deleted", lines.deleted(i + 1))));
        int forward = indexes(s -> s.contains("Forwarded message")).get(0);
        all.add(either("forward marker line " + (forward + 1) + " deleted", lines.deleted(forward)));
        int from = pick(indexes(s -> s.startsWith("From:")), 1).get(0);
        int end = from + 1;
        while (end < lines.size() && !lines.text(end).startsWith("From:") && !lines.text(end).equals("===")) {
            end++;
        }
        all.add(either("email of lines " + (from + 1) + "-" + end + " duplicated", lines.copied(from, end, end)));
        int fence = pick(indexes(s -> s.equals("===")).subList(0, 10), 1).get(0);
        int next = fence + 1;
        while (!lines.text(next).equals("===")) {
            next++;
        }
        all.add(either("thread of lines " + (fence + 1) + "-" + (next + 1) + " duplicated", lines.copied(fence, next + 1, next + 1)));
        for (int k = 0; k < 3; k++) {
            int i = random.nextInt(lines.size() - 1);
            List<byte[]> copy = lines.copy();
            Collections.swap(copy, i, i + 1);
            all.add(either("lines " + (i + 1) + " and " + (i + 2) + " swapped", join(copy)));
        }
        // Without the blank line, the last line of an email is followed by a header block: a subject line.
        List<Integer> betweenEmails = indexes(String::isBlank).stream().filter(i -> i > 0 && i + 1 < lines.size()
                && lines.text(i + 1).startsWith("From:") && !lines.text(i - 1).isBlank()).toList();
        pick(betweenEmails, 2).forEach(i -> all.add(either("blank line " + (i + 1) + " between two emails deleted",
                lines.deleted(i))));
    }

    private List<Integer> indexes(Predicate<String> test) {
        return new ArrayList<>(IntStream.range(0, lines.size()).filter(i -> test.test(lines.text(i))).boxed().toList());
    }

    /** {@code n} distinct random elements of {@code candidates}. */
    private List<Integer> pick(List<Integer> candidates, int n) {
        List<Integer> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, n);
    }

    /** A random position inside line {@code i} between two ASCII bytes (never splitting a UTF-8 sequence). */
    private int asciiCut(int i) {
        byte[] line = lines.get(i);
        List<Integer> cuts = IntStream.range(1, line.length).filter(p -> line[p - 1] >= 0 && line[p] >= 0).boxed().toList();
        return cuts.get(random.nextInt(cuts.size()));
    }
}
