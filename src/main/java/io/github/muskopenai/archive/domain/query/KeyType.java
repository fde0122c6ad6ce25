package io.github.muskopenai.archive.domain.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The SQL type of a sort key, so a cursor's values are bound back with the right type. */
public enum KeyType {
    TEXT, INT, DECIMAL, DATE, TIMESTAMP;

    /**
     * Reads a key value back from a cursor, refusing what PostgreSQL could not take: a cursor is
     * client input (readable base64), so a forged one must fail here, as a bad parameter.
     */
    Object parse(String value) {
        Object parsed = switch (this) {
            case TEXT -> value;
            case INT -> Integer.valueOf(value);
            case DECIMAL -> value.length() <= 30 ? new BigDecimal(value) : null;
            case DATE -> inRange(LocalDate.parse(value).getYear()) ? LocalDate.parse(value) : null;
            case TIMESTAMP -> inRange(LocalDateTime.parse(value).getYear()) ? LocalDateTime.parse(value) : null;
        };
        if (parsed == null || this == TEXT && value.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("not a key value: " + value);
        }
        return parsed;
    }

    private static boolean inRange(int year) {
        return year >= 1 && year <= 9999;
    }
}
