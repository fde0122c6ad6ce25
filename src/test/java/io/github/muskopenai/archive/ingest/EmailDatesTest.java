package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.muskopenai.archive.ingest.EmailDates.EmailDate;

/** The dates of email headers and quote lines: local date-times, no zone assumed. */
class EmailDatesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # header or quote-line date           | local date-time  | stated weekday
            Fri, Nov 20, 2015 at 12:29 PM         | 2015-11-20T12:29 | FRIDAY
            Fri, Feb 19, 2016, at 10:28 AM        | 2016-02-19T10:28 | FRIDAY
            Fri, Feb 19, 2016 at 12:05 AM         | 2016-02-19T00:05 | FRIDAY
            Mon, 17 Dec 2018 at 15:47             | 2018-12-17T15:47 | MONDAY
            Wed, Jul 12, 2017 at 1:36 PM          | 2017-07-12T13:36 | WEDNESDAY
            Wed, Sep 20, 2017 at 2:17 PM          | 2017-09-20T14:17 | WEDNESDAY
            Nov 20, 2015, at 11:48 AM             | 2015-11-20T11:48 |
            Dec 17, 2018, at 3:42 PM              | 2018-12-17T15:42 |
            Friday, November 20, 2015 at 12:29 PM | 2015-11-20T12:29 | FRIDAY
            Mon, Feb 29, 2016 at 9:00 AM          | 2016-02-29T09:00 | MONDAY
            """)
    void readsEveryDateFormatOfTheCorpus(String text, LocalDateTime dateTime, DayOfWeek weekday) {
        assertThat(EmailDates.parse(text)).contains(new EmailDate(dateTime, null, weekday));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sun, Jan 1, 2017 at 12:00 AM  | 2017-01-01T00:00
            Sun, Jan 1, 2017 at 12:59 AM  | 2017-01-01T00:59
            Sun, Jan 1, 2017 at 1:00 AM   | 2017-01-01T01:00
            Sun, Jan 1, 2017 at 11:59 AM  | 2017-01-01T11:59
            Sun, Jan 1, 2017 at 12:00 PM  | 2017-01-01T12:00
            Sun, Jan 1, 2017 at 12:59 PM  | 2017-01-01T12:59
            Sun, Jan 1, 2017 at 1:00 PM   | 2017-01-01T13:00
            Sun, Jan 1, 2017 at 11:59 PM  | 2017-01-01T23:59
            Sun, Jan 1, 2017 at 11:59 pm  | 2017-01-01T23:59
            Sun, Jan 1, 2017 at 11:59 p.m. | 2017-01-01T23:59
            Sun, 1 Jan 2017 at 00:00      | 2017-01-01T00:00
            Sun, 1 Jan 2017 at 23:59      | 2017-01-01T23:59
            """)
    void treatsTwelveAmAsMidnightAndTwelvePmAsNoon(String text, LocalDateTime dateTime) {
        assertThat(EmailDates.parse(text)).map(EmailDate::dateTime).contains(dateTime);
    }

    @ParameterizedTest(name = "\"{0}\" agrees: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fri, Nov 20, 2015 at 12:29 PM  | true
            Sat, Nov 20, 2015 at 12:29 PM  | false
            Mon, 17 Dec 2018 at 15:47      | true
            Tue, 17 Dec 2018 at 15:47      | false
            Nov 20, 2015, at 11:48 AM      | true
            """)
    void detectsAWeekdayTheDateDoesNotFallOn(String text, boolean agrees) {
        assertThat(EmailDates.parse(text)).map(EmailDate::weekdayAgrees).contains(agrees);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "Fri, Foo 20, 2015 at 12:29 PM",
        "Mon, Feb 30, 2017 at 10:00 AM",
        "Fri, Nov 31, 2015 at 12:29 PM",
        "Fri, Nov 20, 2015 at 13:29 PM",
        "Fri, Nov 20, 2015 at 0:29 AM",
        "Fri, Nov 20, 2015 at 12:60 PM",
        "Mon, 17 Dec 2018 at 24:00",
        "Mon, 32 Dec 2018 at 15:47",
        "Fri, Nov 20, 2015",
        "Fri, Nov 20, 15 at 12:29 PM",
        "Xyz, Nov 20, 2015 at 12:29 PM",
        "garbage",
        ""
    })
    void rejectsWhatIsNotADate(String text) {
        assertThat(EmailDates.parse(text)).isEmpty();
    }
}
