package io.github.muskopenai.archive.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date texts of the timeline and the narrative into day intervals.
 * <p>
 * Seasons are meteorological (northern hemisphere): spring March–May, summer June–August,
 * fall/autumn September–November, winter December to the end of the next February. Parts of a
 * year are thirds: early January–April, mid May–August, late September–December.
 */
public final class DateTexts {

    static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private static final Pattern DAY = Pattern.compile(
            "(?i)(" + MONTH_NAMES + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(?i)(" + MONTH_NAMES + ")\\.? (\\d{4})");
    private static final Pattern SEASON = Pattern.compile("(?i)(spring|summer|fall|autumn|winter) (\\d{4})");
    private static final Pattern PART = Pattern.compile("(?i)(early|mid|late)[- ](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DateTexts() {
    }

    /** The interval a whole date text stands for, or empty when it is not a date text. */
    public static Optional<DateInterval> parse(String text) {
        String t = text.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(t)).matches()) {
                LocalDate day = LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new DateInterval(day, day, DatePrecision.DAY));
            }
            if ((m = ISO.matcher(t)).matches()) {
                LocalDate day = LocalDate.parse(t);
                return Optional.of(new DateInterval(day, day, DatePrecision.DAY));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                YearMonth month = YearMonth.of(year(m.group(2)), month(m.group(1)));
                return Optional.of(new DateInterval(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH));
            }
            if ((m = SEASON.matcher(t)).matches()) {
                return Optional.of(season(m.group(1).toLowerCase(Locale.ROOT), year(m.group(2))));
            }
            if ((m = PART.matcher(t)).matches()) {
                return Optional.of(partOfYear(m.group(1).toLowerCase(Locale.ROOT), year(m.group(2))));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                int year = year(m.group(1));
                return Optional.of(new DateInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1000) {
            throw new DateTimeException("year out of range: " + digits);
        }
        return year;
    }

    private static DateInterval season(String season, int year) {
        return switch (season) {
            case "spring" -> months(year, 3, year, 5, DatePrecision.SEASON);
            case "summer" -> months(year, 6, year, 8, DatePrecision.SEASON);
            case "fall", "autumn" -> months(year, 9, year, 11, DatePrecision.SEASON);
            default -> months(year, 12, year + 1, 2, DatePrecision.SEASON);
        };
    }

    private static DateInterval partOfYear(String part, int year) {
        return switch (part) {
            case "early" -> months(year, 1, year, 4, DatePrecision.PART_OF_YEAR);
            case "mid" -> months(year, 5, year, 8, DatePrecision.PART_OF_YEAR);
            default -> months(year, 9, year, 12, DatePrecision.PART_OF_YEAR);
        };
    }

    private static DateInterval months(int fromYear, int fromMonth, int toYear, int toMonth, DatePrecision precision) {
        return new DateInterval(LocalDate.of(fromYear, fromMonth, 1), YearMonth.of(toYear, toMonth).atEndOfMonth(), precision);
    }
}
