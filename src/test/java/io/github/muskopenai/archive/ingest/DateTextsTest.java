package io.github.muskopenai.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The date texts of the timeline and the narrative. Seasons are meteorological, so winter runs
 * from December into the next year's February; parts of a year are thirds.
 */
class DateTextsTest {

    @ParameterizedTest(name = "\"{0}\" is {1} to {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            # text               | start      | end        | precision
            November 2015        | 2015-11-01 | 2015-11-30 | MONTH
            December 2015        | 2015-12-01 | 2015-12-31 | MONTH
            September 2017       | 2017-09-01 | 2017-09-30 | MONTH
            February 2018        | 2018-02-01 | 2018-02-28 | MONTH
            February 2016        | 2016-02-01 | 2016-02-29 | MONTH
            Nov 2015             | 2015-11-01 | 2015-11-30 | MONTH
            Early 2017           | 2017-01-01 | 2017-04-30 | PART_OF_YEAR
            Mid 2019             | 2019-05-01 | 2019-08-31 | PART_OF_YEAR
            Mid-2019             | 2019-05-01 | 2019-08-31 | PART_OF_YEAR
            Late 2018            | 2018-09-01 | 2018-12-31 | PART_OF_YEAR
            Spring 2017          | 2017-03-01 | 2017-05-31 | SEASON
            Summer 2017          | 2017-06-01 | 2017-08-31 | SEASON
            Fall 2017            | 2017-09-01 | 2017-11-30 | SEASON
            Autumn 2017          | 2017-09-01 | 2017-11-30 | SEASON
            2017                 | 2017-01-01 | 2017-12-31 | YEAR
            September 15, 2017   | 2017-09-15 | 2017-09-15 | DAY
            July 13th, 2017      | 2017-07-13 | 2017-07-13 | DAY
            July 21st, 2017      | 2017-07-21 | 2017-07-21 | DAY
            March 9, 2023        | 2023-03-09 | 2023-03-09 | DAY
            Sept 15, 2017        | 2017-09-15 | 2017-09-15 | DAY
            2017-09-15           | 2017-09-15 | 2017-09-15 | DAY
            """)
    void readsEveryDateTextOfTheCorpus(String text, LocalDate start, LocalDate end, DatePrecision precision) {
        assertThat(DateTexts.parse(text)).contains(new DateInterval(start, end, precision));
    }

    @ParameterizedTest(name = "\"{0}\" ends on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # text        | start      | end
            Winter 2017   | 2017-12-01 | 2018-02-28
            Winter 2015   | 2015-12-01 | 2016-02-29
            Winter 2019   | 2019-12-01 | 2020-02-29
            Winter 2099   | 2099-12-01 | 2100-02-28
            Winter 1999   | 1999-12-01 | 2000-02-29
            """)
    void runsWinterIntoTheNextYearsFebruaryCountingLeapYears(String text, LocalDate start, LocalDate end) {
        assertThat(DateTexts.parse(text)).contains(new DateInterval(start, end, DatePrecision.SEASON));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"  Summer 2017 ", "summer 2017", "SEPTEMBER 15, 2017", "early 2017"})
    void ignoresCaseAndSurroundingSpace(String text) {
        assertThat(DateTexts.parse(text)).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "Smarch 2017",
        "February 30, 2017",
        "February 29, 2017",
        "April 31, 2018",
        "July 0, 2017",
        "2017-02-30",
        "2017-13-01",
        "Early",
        "Winter",
        "Fall 17",
        "0999",
        "Midsummer 2017",
        "November 2015: OpenAI started as a nonprofit",
        "garbage",
        ""
    })
    void rejectsWhatIsNotADateText(String text) {
        assertThat(DateTexts.parse(text)).isEmpty();
    }

    @Test
    void namesPrecisionsAsTheApiDoes() {
        assertThat(DatePrecision.PART_OF_YEAR.wireName()).isEqualTo("part-of-year");
        assertThat(DatePrecision.DAY.wireName()).isEqualTo("day");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            November 2015      | 2015-11
            Summer 2017        | 2017-summer
            Early 2017         | 2017-early
            Winter 2017        | 2017-winter
            Mid-2019           | 2019-mid
            September 15, 2017 | 2017-09-15
            2017               | 2017
            """)
    void prefixesEventIdsWithTheDateAsPrecisionAllows(String text, String prefix) {
        assertThat(Timeline.datePrefix(text, DateTexts.parse(text).orElseThrow())).isEqualTo(prefix);
    }
}
