package io.github.muskopenai.archive.ingest;

import java.time.LocalDate;

/** The days a date text covers: start and end are both included. */
public record DateInterval(LocalDate start, LocalDate end, DatePrecision precision) {

    public DateInterval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
    }
}
