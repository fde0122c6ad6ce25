package io.github.muskopenai.archive.domain.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Converts the temporal values of native query rows, whichever JDBC or java.time type they come as. */
public final class Rows {

    private Rows() {
    }

    public static LocalDateTime localDateTime(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    public static LocalDate localDate(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
