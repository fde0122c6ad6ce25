package io.github.muskopenai.archive.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.muskopenai.archive.ingest.EmailDates;
import io.github.muskopenai.archive.ingest.ParsedMessage;

class PeopleAndDatesTest {

    @TempDir
    Path out;

    @Test
    void peopleHaveUniqueTwoWordNames() {
        Population people = Population.generate(3000, 5);
        Set<String> names = new HashSet<>();

        for (int i = 0; i < people.size(); i++) {
            String name = people.get(i).name();
            assertThat(name).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            assertThat(names.add(name.toLowerCase())).as(name).isTrue();
        }
    }

    @Test
    void aFewPeopleSendMostOfTheMail() throws IOException {
        Generated corpus = Generated.generate(out, 4000, 4000, 6);
        List<ParsedMessage> sent = corpus.parseAll().get(0).messages().stream().filter(m -> !m.quotedOnly()).toList();
        Map<String, Integer> bySender = new HashMap<>();
        sent.forEach(m -> bySender.merge(m.from().personId(), 1, Integer::sum));
        List<Integer> counts = bySender.values().stream().sorted((a, b) -> b - a).toList();
        int population = SyntheticCorpusGenerator.populationSize(4000);
        double topShare = (double) counts.get(0) / sent.size();
        long topTenth = counts.stream().limit(population / 10).mapToLong(Integer::longValue).sum();

        assertThat(topShare).as("top sender's share").isGreaterThan(20.0 / population);
        assertThat((double) topTenth / sent.size()).as("share of the top tenth of people").isGreaterThan(0.5);
    }

    @ParameterizedTest
    @CsvSource({
        "US,            2015-11-20T12:29, 'Fri, Nov 20, 2015 at 12:29 PM'",
        "US_COMMA,      2016-02-19T10:28, 'Fri, Feb 19, 2016, at 10:28 AM'",
        "DAY_FIRST_24H, 2018-12-17T15:47, 'Mon, 17 Dec 2018 at 15:47'",
        "US,            2017-09-13T00:40, 'Wed, Sep 13, 2017 at 12:40 AM'",
        "DAY_FIRST_24H, 2017-09-13T09:05, 'Wed, 13 Sep 2017 at 09:05'"})
    void writesDatesAsTheSourceDoesAndTheParserReadsThemBack(DateStyle style, LocalDateTime time, String expected) {
        String written = style.header(time);

        assertThat(written).isEqualTo(expected);
        EmailDates.EmailDate read = EmailDates.parse(written).orElseThrow();
        assertThat(read.dateTime()).isEqualTo(time);
        assertThat(read.weekdayAgrees()).isTrue();
    }

    @Test
    void writesQuoteLineAndNarrativeDatesAsTheSourceDoes() {
        LocalDateTime time = LocalDateTime.of(2015, 11, 20, 11, 48);

        assertThat(DateStyle.quoteLine(time)).isEqualTo("Nov 20, 2015, at 11:48 AM");
        assertThat(DateStyle.day(time)).isEqualTo("November 20, 2015");
        assertThat(EmailDates.parse(DateStyle.quoteLine(time)).orElseThrow().dateTime()).isEqualTo(time);
    }
}
