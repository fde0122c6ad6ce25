package io.github.muskopenai.archive.synth;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;

/**
 * The three ways the source writes an email's date, plus the forms of its quote lines and
 * narrative. Written by hand rather than with {@code DateTimeFormatter} or display names so that
 * the output cannot change with the JDK's locale data (CLDR has changed AM/PM spacing and
 * "Sep"/"Sept" before), which would break byte-identical output.
 */
enum DateStyle {

    /** "Fri, Nov 20, 2015 at 12:29 PM": the most common. */
    US,
    /** "Fri, Feb 19, 2016, at 10:28 AM". */
    US_COMMA,
    /** "Mon, 17 Dec 2018 at 15:47" (hours zero-padded: "at 09:05"). */
    DAY_FIRST_24H;

    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** The value of a Date: header. */
    String header(LocalDateTime t) {
        String weekday = WEEKDAYS[t.getDayOfWeek().ordinal()];
        return switch (this) {
            case US -> weekday + ", " + shortMonth(t.getMonth()) + " " + t.getDayOfMonth() + ", " + t.getYear()
                    + " at " + clock12(t);
            case US_COMMA -> weekday + ", " + shortMonth(t.getMonth()) + " " + t.getDayOfMonth() + ", " + t.getYear()
                    + ", at " + clock12(t);
            case DAY_FIRST_24H -> weekday + ", " + t.getDayOfMonth() + " " + shortMonth(t.getMonth()) + " "
                    + t.getYear() + " at " + twoDigits(t.getHour()) + ":" + twoDigits(t.getMinute());
        };
    }

    /** The date of a quote line: "Nov 20, 2015, at 11:48 AM". */
    static String quoteLine(LocalDateTime t) {
        return shortMonth(t.getMonth()) + " " + t.getDayOfMonth() + ", " + t.getYear() + ", at " + clock12(t);
    }

    /** A narrative statement's date: "November 20, 2015". */
    static String day(LocalDateTime t) {
        return longMonth(t.getMonth()) + " " + t.getDayOfMonth() + ", " + t.getYear();
    }

    /** A timeline item's date: "November 2015". */
    static String month(YearMonth month) {
        return longMonth(month.getMonth()) + " " + month.getYear();
    }

    private static String clock12(LocalDateTime t) {
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return hour + ":" + twoDigits(t.getMinute()) + (t.getHour() < 12 ? " AM" : " PM");
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String shortMonth(Month month) {
        return MONTHS[month.ordinal()].substring(0, 3);
    }

    private static String longMonth(Month month) {
        return MONTHS[month.ordinal()];
    }
}
