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

import jakarta.persistence.Query;

/**
 * The WHERE part of a native query, built from conditions whose values are always bound as
 * parameters ({@code ?} in a condition takes the next value), never concatenated. It renders for
 * Hibernate (named parameters) and for plain JDBC (collections expanded to {@code ?, ?, ?}).
 */
public final class NativeSql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

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

    /** " where a and b" with named parameters :p1, :p2…, or "" without conditions. */
    public String where() {
        StringBuilder sql = new StringBuilder();
        int n = 0;
        for (String condition : conditions) {
            sql.append(sql.isEmpty() ? " where " : " and ");
            for (char c : condition.toCharArray()) {
                if (c == '?') {
                    sql.append(":p").append(++n);
                } else {
                    sql.append(c);
                }
            }
        }
        return sql.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter("p" + (i + 1), values.get(i));
        }
        return query;
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
                    statement.setObject(index++, jdbcValue(element));
                }
            } else {
                statement.setObject(index++, jdbcValue(value));
            }
        }
        return index;
    }

    /** A copy, so one filter can serve the count and the page query with different extra conditions. */
    public NativeSql copy() {
        NativeSql copy = new NativeSql();
        copy.conditions.addAll(conditions);
        copy.values.addAll(values);
        return copy;
    }

    /** Escapes LIKE wildcards in user input, for {@code ilike ? escape '\'}. */
    public static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof LocalDateTime t) {
            return java.sql.Timestamp.valueOf(t);
        }
        if (value instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        return value;
    }
}
