package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The page's numbered timeline: the list of timeline events, and the lines further down that
 * restate an item and so open its section. Restatements are headings of any level or plain lines,
 * sometimes worded differently or with a trailing period.
 */
final class Timeline {

    /** One numbered item. */
    record Item(int index, int line, String dateText, DateInterval interval, String titleRaw, String title, String eventId) {
    }

    private static final Pattern ITEM = Pattern.compile("\\s*\\d+\\.\\s+(.*)");
    /** Wrapping the page's list left stray " 1. " in the middle of items. */
    private static final Pattern WRAP_ARTEFACT = Pattern.compile("\\s+\\d+\\.\\s+");
    private static final Pattern DATED_LINE = Pattern.compile("(#{1,6}\\s+)?([^:#]{3,40}?):\\s+(\\S.*)");
    /** A plain line must resemble its item this much to count as its restatement (headings need not). */
    private static final double PLAIN_LINE_SIMILARITY = 0.5;

    private final List<Item> items = new ArrayList<>();
    private final Set<Integer> restated = new HashSet<>();

    /** Reads a list line; false when the line is not a timeline item. */
    boolean acceptItem(Line line, UniqueIds ids, IssueLog issues) {
        Matcher m = ITEM.matcher(line.text());
        if (!m.matches()) {
            return false;
        }
        String text = m.group(1).strip();
        int colon = text.indexOf(": ");
        Optional<DateInterval> interval = colon < 0 ? Optional.empty() : DateTexts.parse(text.substring(0, colon));
        if (interval.isEmpty()) {
            issues.error(line.number(), "timeline item has no date this parser can read: \"" + text + "\"");
            return true;
        }
        String dateText = text.substring(0, colon).strip();
        String titleRaw = text.substring(colon + 2);
        String title = WRAP_ARTEFACT.matcher(titleRaw).replaceAll(" ").strip();
        String id = ids.unique(datePrefix(dateText, interval.get()) + "-" + Ids.slugOfWords(title, 5));
        items.add(new Item(items.size(), line.number(), dateText, interval.get(), titleRaw, title, id));
        return true;
    }

    /** The item a line restates, if it does; marks it restated. */
    Optional<Item> restatement(Line line) {
        int colon = line.text().indexOf(": ");
        if (items.isEmpty() || colon < 3 || colon > 50) {
            return Optional.empty();
        }
        Matcher m = DATED_LINE.matcher(line.text().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean heading = m.group(1) != null;
        String dateText = m.group(2).strip();
        String title = m.group(3);
        Item best = null;
        double bestScore = -1;
        for (Item item : items) {
            if (restated.contains(item.index()) || !item.dateText().equalsIgnoreCase(dateText)) {
                continue;
            }
            double score = similarity(item.title(), title);
            if (score > bestScore) {
                best = item;
                bestScore = score;
            }
        }
        if (best == null || (!heading && bestScore < PLAIN_LINE_SIMILARITY)) {
            return Optional.empty();
        }
        restated.add(best.index());
        return Optional.of(best);
    }

    List<Item> items() {
        return items;
    }

    List<Item> unrestated() {
        return items.stream().filter(item -> !restated.contains(item.index())).toList();
    }

    /** "2015-11", "2017-summer", "2017-early", "2017-09-15", "2017". */
    static String datePrefix(String dateText, DateInterval interval) {
        int year = interval.start().getYear();
        return switch (interval.precision()) {
            case DAY -> interval.start().toString();
            case MONTH -> interval.start().toString().substring(0, 7);
            case YEAR -> Integer.toString(year);
            case SEASON, PART_OF_YEAR -> year + "-" + Ids.slug(dateText.split("[- ]")[0]);
        };
    }

    private static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        long common = x.stream().filter(y::contains).count();
        return (double) common / union.size();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(Ids.slug(text.toLowerCase(Locale.ROOT)).split("-"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
