package io.github.muskopenai.archive.domain.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.persistence.EntityManager;

/**
 * Request values that must find something in the corpus (a person by id, name or alias, a
 * thread by id, a searchable word), checked in SQL by the statement that uses them: each check
 * is an expression that lists the values failing it, so a page and its checks read one snapshot
 * in one round trip. Every failing value becomes a problem of its parameter; all are reported
 * at once, in the order the checks were added.
 */
public final class ValueChecks {

    /**
     * @param failing SQL of type {@code text[]}: those of the keys (bound once, as a {@code text[]},
     *                to its one {@code ?}) that fail
     * @param key     what the SQL receives of each value (e.g. its lower case)
     * @param message the problem of one failing value
     */
    private record Check(String parameter, String failing, List<String> values, UnaryOperator<String> key,
            UnaryOperator<String> message) {

        List<String> keys() {
            return values.stream().map(key).distinct().toList();
        }
    }

    private static final String COLUMN = "check_";

    private final List<Check> checks = new ArrayList<>();

    /**
     * Adds a check of {@code values} (none: nothing to check).
     *
     * @param failing SQL of type {@code text[]} with one {@code ?}, bound to the values' keys as a
     *                {@code text[]}: the keys that fail
     */
    public ValueChecks add(String parameter, String failing, List<String> values, UnaryOperator<String> key,
            UnaryOperator<String> message) {
        if (failing.chars().filter(c -> c == '?').count() != 1) {
            throw new IllegalArgumentException("a check takes exactly one placeholder: " + failing);
        }
        if (!values.isEmpty()) {
            checks.add(new Check(parameter, failing, List.copyOf(values), key, message));
        }
        return this;
    }

    public boolean isEmpty() {
        return checks.isEmpty();
    }

    /** The checks as columns of a select list, each preceded by ", " ("" without checks). */
    public String columns() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < checks.size(); i++) {
            sql.append(", ").append(checks.get(i).failing()).append(" as ").append(COLUMN).append(i + 1);
        }
        return sql.toString();
    }

    /** Binds the checks' keys in {@link #columns()} order, starting at parameter {@code first}. */
    public int bindJdbc(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Check check : checks) {
            statement.setArray(index++, statement.getConnection().createArrayOf("text", check.keys().toArray()));
        }
        return index;
    }

    /** Throws the problems of every failing value, read from a row holding {@link #columns()}. */
    public void verify(ResultSet row) throws SQLException {
        List<QueryProblem> problems = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            Set<String> failing = new HashSet<>(Sql.strings(row.getArray(COLUMN + (i + 1))));
            check.values().stream().filter(value -> failing.contains(check.key().apply(value)))
                    .forEach(value -> problems.add(new QueryProblem(check.parameter(), check.message().apply(value))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }
    }

    /** Runs the checks in a statement of their own, for a read that cannot carry them. */
    public void verify(EntityManager em) {
        if (checks.isEmpty()) {
            return;
        }
        Sql.first(em, "select " + columns().substring(2), row -> {
            verify(row);
            return row;
        }, checks.stream().map(Check::keys).toArray());
    }
}
