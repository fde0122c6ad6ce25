package io.github.muskopenai.archive.domain.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The WHERE part of a native query, built from conditions whose values are always bound as
 * parameters ({@code ?} in a condition takes the next value), never concatenated, for plain
 * JDBC: a collection expands to {@code ?, ?, ?}, a {@link TextArray} binds as one {@code text[]}.
 * It carries the {@link ValueChecks} of its values, for the statement that runs it to evaluate.
 */
public final class NativeSql {

    /** A value bound as one {@code text[]} parameter (write {@code = any(?)}). */
    public record TextArray(List<String> values) {

        public TextArray {
            values = List.copyOf(values);
        }
    }

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final ValueChecks checks;

    public NativeSql() {
        this(new ValueChecks());
    }

    private NativeSql(ValueChecks checks) {
        this.checks = checks;
    }

    /** Adds {@code condition}; each {@code ?} in it takes the next of {@code args}. */
    public NativeSql and(String condition, Object... args) {
        long placeholders = condition.chars().filter(c -> c == '?').count();
        if (placeholders != args.length) {
            throw new IllegalArgumentException("placeholders and values differ in " + condition);
        }
        conditions.add(condition);
        values.addAll(Arrays.asList(args));
        return this;
    }

    /** " where a and b" with JDBC placeholders, a collection value taking one per element. */
    public String jdbcWhere() {
        StringBuilder sql = new StringBuilder();
        int n = 0;
        for (String condition : conditions) {
            sql.append(sql.isEmpty() ? " where " : " and ");
            for (char c : condition.toCharArray()) {
                if (c != '?') {
                    sql.append(c);
                } else if (values.get(n++) instanceof Collection<?> many) {
                    sql.append(String.join(", ", Collections.nCopies(many.size(), "?")));
                } else {
                    sql.append('?');
                }
            }
        }
        return sql.toString();
    }

    /** Binds the values in {@link #jdbcWhere()} order, starting at parameter {@code first}. */
    public int bindJdbc(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            if (value instanceof Collection<?> many) {
                for (Object element : many) {
                    statement.setObject(index++, jdbcValue(statement, element));
                }
            } else {
                statement.setObject(index++, jdbcValue(statement, value));
            }
        }
        return index;
    }

    /** The checks of the values this filter uses (see {@link ValueChecks}). */
    public ValueChecks checks() {
        return checks;
    }

    /** A copy (with the same checks), so one filter can serve the count and the page query with different extra conditions. */
    public NativeSql copy() {
        NativeSql copy = new NativeSql(checks);
        copy.conditions.addAll(conditions);
        copy.values.addAll(values);
        return copy;
    }

    /** Escapes LIKE wildcards in user input, for {@code ilike ? escape '\'}. */
    public static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Object jdbcValue(PreparedStatement statement, Object value) throws SQLException {
        if (value instanceof TextArray array) {
            return statement.getConnection().createArrayOf("text", array.values().toArray());
        }
        if (value instanceof LocalDateTime t) {
            return java.sql.Timestamp.valueOf(t);
        }
        if (value instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        return value;
    }
}
