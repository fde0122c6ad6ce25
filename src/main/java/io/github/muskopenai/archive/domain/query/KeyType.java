package io.github.muskopenai.archive.domain.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The SQL type of a sort key, so a cursor's values are bound back with the right type. */
public enum KeyType {
    TEXT, INT, DECIMAL, DATE, TIMESTAMP;

    Object parse(String value) {
        return switch (this) {
            case TEXT -> value;
            case INT -> Integer.valueOf(value);
            case DECIMAL -> new BigDecimal(value);
            case DATE -> LocalDate.parse(value);
            case TIMESTAMP -> LocalDateTime.parse(value);
        };
    }
}
