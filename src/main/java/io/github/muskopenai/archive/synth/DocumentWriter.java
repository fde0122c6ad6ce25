package io.github.muskopenai.archive.synth;

import static io.github.muskopenai.archive.synth.ThreadWriter.line;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one document: front matter, "Last post:", the page title and its source URL, a
 * "## Timeline of events" list, an introduction, then one {@code ## } section per timeline item,
 * in order, each with narrative paragraphs and the threads of that month.
 * <p>
 * Each item's date is a distinct month ("March 2016"): the parser finds an item's section by its
 * date text, so two items with the same date text would compete for one heading.
 */
final class DocumentWriter {

    /** What to write: the document's 1-based number, how many there are, its message budget. */
    record Plan(int index, int documentCount, int messages, String previousPost, long seed) {
    }

    static final int MAX_EVENTS = 12;
    /** A section gets about this many messages before another timeline item is added. */
    private static final int MESSAGES_PER_EVENT = 40;
    /** Mean thread size (quoted emails included) for ThreadFactory's weights: spaces threads over a month. */
    private static final double MEAN_THREAD_SIZE = 2.9;

    private final TextModel text;
    private final ThreadFactory threads;

    DocumentWriter(TextModel text, ThreadFactory threads) {
        this.text = text;
        this.threads = threads;
    }

    /** Writes {@code file}; thread subjects are numbered from {@code firstThread}. */
    DocumentStats write(Path file, Plan plan, SplittableRandom random, long firstThread) throws IOException {
        int maxEvents = Math.min(MAX_EVENTS, (plan.messages() + MESSAGES_PER_EVENT - 1) / MESSAGES_PER_EVENT);
        int eventCount = maxEvents - random.nextInt(Math.max(1, maxEvents / 3));
        List<YearMonth> months = months(random, eventCount);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < eventCount; i++) {
            titles.add(DateStyle.month(months.get(i)) + ": " + capitalized(text.fragment(random, 4, 10)));
        }
        Narrative narrative = new Narrative(text);
        long thread = firstThread;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            preamble(out, plan, file.getFileName().toString());
            line(out, "## Timeline of events");
            for (String title : titles) {
                line(out, "1. " + title);
            }
            line(out, "");
            line(out, narrative.filler(random, 2 + random.nextInt(3)));
            line(out, "");
            for (int i = 0; i < eventCount; i++) {
                int budget = plan.messages() / eventCount + (i < plan.messages() % eventCount ? 1 : 0);
                line(out, "## " + titles.get(i));
                line(out, "");
                thread = section(out, random, narrative, months.get(i), budget, thread);
            }
        }
        return new DocumentStats(file.getFileName().toString(), plan.messages(), (int) (thread - firstThread),
                eventCount + narrative.statements(), narrative.quotes(), Files.size(file));
    }

    /** Writes a section's paragraphs and threads; returns the next thread number. */
    private long section(BufferedWriter out, SplittableRandom random, Narrative narrative, YearMonth month,
            int budget, long number) throws IOException {
        long monthMinutes = month.lengthOfMonth() * 24L * 60;
        long step = Math.max(1, (long) (monthMinutes * 0.8 / Math.max(1, budget / MEAN_THREAD_SIZE)));
        LocalDateTime cursor = month.atDay(1).atTime(8, 0).plusMinutes(random.nextInt(2 * 24 * 60));
        SynthThread thread = threads.next(random, budget, number++, cursor.plusMinutes(random.nextLong(step)));
        line(out, narrative.about(random, thread));
        line(out, "");
        while (true) {
            if (random.nextBoolean()) {
                line(out, "===");
            }
            ThreadWriter.write(out, thread);
            budget -= thread.size();
            if (budget == 0) {
                closing(out, random, narrative);
                return number;
            }
            cursor = cursor.plusMinutes(step);
            thread = threads.next(random, budget, number++, cursor.plusMinutes(random.nextLong(step)));
            if (random.nextInt(10) == 0) {
                // Narrative after a thread needs a === first, or it would be read as more body.
                line(out, "===");
                line(out, "");
                line(out, narrative.about(random, thread));
            }
            line(out, "");
        }
    }

    private void closing(BufferedWriter out, SplittableRandom random, Narrative narrative) throws IOException {
        int kind = random.nextInt(10);
        if (kind < 3) {
            line(out, "===");
            line(out, "");
            line(out, narrative.filler(random, 1 + random.nextInt(2)));
        } else if (kind < 6) {
            line(out, "===");
        }
        line(out, "");
    }

    private static void preamble(BufferedWriter out, Plan plan, String name) throws IOException {
        LocalDate date = LocalDate.of(2024, 12, 4).plusDays(plan.index() - 1L);
        line(out, "---");
        line(out, "title:  \"Synthetic correspondence " + plan.index() + "\"");
        line(out, "date:   " + date + " 14:44:00");
        line(out, "layout: page");
        line(out, "#");
        line(out, "# synthetic: seed " + plan.seed() + ", document " + plan.index() + " of " + plan.documentCount());
        line(out, "---");
        line(out, "");
        line(out, "Last post: " + plan.previousPost());
        line(out, "");
        line(out, "Synthetic correspondence, part " + plan.index() + " of " + plan.documentCount());
        line(out, "source: https://synthetic.invalid/corpus/" + name);
        line(out, "");
    }

    /** Distinct, increasing months, one to three apart, starting between 2012 and 2021. */
    private static List<YearMonth> months(SplittableRandom random, int count) {
        List<YearMonth> months = new ArrayList<>(count);
        YearMonth month = YearMonth.of(2012 + random.nextInt(10), 1 + random.nextInt(12));
        for (int i = 0; i < count; i++) {
            months.add(month);
            month = month.plusMonths(1 + random.nextInt(3));
        }
        return months;
    }

    private static String capitalized(List<String> words) {
        String joined = String.join(" ", words);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
