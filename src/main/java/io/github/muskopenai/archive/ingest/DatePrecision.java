package io.github.muskopenai.archive.ingest;

/** How precise a date text is: "September 15, 2017" (day) to "2017" (year). */
public enum DatePrecision {
    DAY, MONTH, SEASON, PART_OF_YEAR, YEAR;

    /** The name used in the database and the API, e.g. {@code part-of-year}. */
    public String wireName() {
        return name().toLowerCase().replace('_', '-');
    }
}
