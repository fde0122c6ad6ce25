package io.github.muskopenai.archive.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of email headers and quote lines, in the formats the corpus uses:
 * <ul>
 * <li>{@code Fri, Nov 20, 2015 at 12:29 PM}</li>
 * <li>{@code Fri, Feb 19, 2016, at 10:28 AM} (and without the weekday, in quote lines)</li>
 * <li>{@code Mon, 17 Dec 2018 at 15:47}</li>
 * </ul>
 * The result is a local date-time: the source states no zone, so none is assumed. Seconds are
 * kept only when written. A zone is returned only when the text states one.
 */
public final class EmailDates {

    /** A date as written in a header. */
    public record EmailDate(LocalDateTime dateTime, String timeZone, DayOfWeek statedWeekday) {

        /** False when the text names a weekday that the date does not fall on. */
        public boolean weekdayAgrees() {
            return statedWeekday == null || statedWeekday == dateTime.getDayOfWeek();
        }
    }

    private static final String WEEKDAY = "(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final String TIME = ",?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s+([A-Z]{2,5}|[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?))?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            WEEKDAY + "(" + DateTexts.MONTH_NAMES + ")\\.? (\\d{1,2}),? (\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            WEEKDAY + "(\\d{1,2}) (" + DateTexts.MONTH_NAMES + ")\\.? (\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);

    private EmailDates() {
    }

    public static Optional<EmailDate> parse(String text) {
        String t = text.strip();
        try {
            Matcher m = MONTH_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(build(m, m.group(2), m.group(3), m.group(4)));
            }
            m = DAY_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(build(m, m.group(3), m.group(2), m.group(4)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static EmailDate build(Matcher m, String month, String day, String year) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), DateTexts.month(month), Integer.parseInt(day));
        LocalTime time = time(m.group(5), m.group(6), m.group(7), m.group(8));
        DayOfWeek weekday = m.group(1) == null ? null : weekday(m.group(1));
        return new EmailDate(LocalDateTime.of(date, time), m.group(9), weekday);
    }

    private static LocalTime time(String hours, String minutes, String seconds, String meridiem) {
        int hour = Integer.parseInt(hours);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("hour " + hour + " with AM/PM");
            }
            boolean pm = Character.toUpperCase(meridiem.charAt(0)) == 'P';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        int second = seconds == null ? 0 : Integer.parseInt(seconds);
        return LocalTime.of(hour, Integer.parseInt(minutes), second);
    }

    private static DayOfWeek weekday(String abbreviation) {
        String prefix = abbreviation.substring(0, 3).toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(prefix)) {
                return day;
            }
        }
        throw new DateTimeException("not a weekday: " + abbreviation);
    }
}
