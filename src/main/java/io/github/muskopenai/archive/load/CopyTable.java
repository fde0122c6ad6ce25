package io.github.muskopenai.archive.load;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format, buffered and sent with
 * {@code COPY ... FROM STDIN} when {@link #flush} is called. Values are escaped as COPY's text
 * format requires (backslash, tab, newline, carriage return); null is {@code \N}.
 */
final class CopyTable {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final String name;
    private final String copySql;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private long rowCount;

    CopyTable(String name, String... columns) {
        this.name = name;
        this.copySql = "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN";
    }

    String name() {
        return name;
    }

    long rowCount() {
        return rowCount;
    }

    int bufferedChars() {
        return rows.length();
    }

    /** Appends one row; each value is a String, Number, Boolean, LocalDate, LocalDateTime or null. */
    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        rowCount++;
    }

    /** The buffered rows as one COPY batch, leaving the buffer empty; null when there are none. */
    Batch take() {
        if (rows.isEmpty()) {
            return null;
        }
        Batch batch = new Batch(copySql, rows.toString());
        rows.setLength(0);
        return batch;
    }

    /** Rows of one table, ready to be sent. */
    record Batch(String copySql, String rows) {

        void send(CopyManager copy) throws SQLException, IOException {
            copy.copyIn(copySql, new StringReader(rows));
        }
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Boolean b) {
            rows.append(b ? 't' : 'f');
        } else if (value instanceof Number n) {
            rows.append(n);
        } else if (value instanceof LocalDateTime t) {
            rows.append(TIMESTAMP.format(t));
        } else if (value instanceof LocalDate d) {
            rows.append(d);
        } else {
            escape(value.toString());
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
