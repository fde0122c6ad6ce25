package io.github.muskopenai.archive.domain.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * Per-request native SQL, run over plain JDBC on the session's connection (the transaction's) or,
 * for a read of one statement, on a pool connection of its own (see {@link Jdbc}). As Hibernate
 * native queries, each execution would add an entry to Hibernate's query plan cache under the
 * same hash (their result mappings never compare equal), and every later lookup of that query
 * would walk them all: profiled at 20% of the API's CPU.
 * <p>
 * Parameters bind in order: a {@link Collection} as a {@code text[]} (write {@code = any(?)}),
 * anything else with {@code setObject}.
 */
public final class Sql {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    /** Every row of the statement's result, mapped, on the session's connection. */
    public static <T> List<T> list(EntityManager em, String sql, RowMapper<T> mapper, Object... parameters) {
        return list(Jdbc.session(em), sql, mapper, parameters);
    }

    /** Every row of the statement's result, mapped. */
    public static <T> List<T> list(Jdbc jdbc, String sql, RowMapper<T> mapper, Object... parameters) {
        return jdbc.run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, parameters);
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
                return rows;
            }
        });
    }

    /** The first row of the statement's result, mapped, on the session's connection; null when there is none. */
    public static <T> T first(EntityManager em, String sql, RowMapper<T> mapper, Object... parameters) {
        return first(Jdbc.session(em), sql, mapper, parameters);
    }

    /** The first row of the statement's result, mapped; null when there is none. */
    public static <T> T first(Jdbc jdbc, String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(jdbc, sql, mapper, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The elements of a text[] column (an {@code array(select …)}: never null), read and freed. */
    public static List<String> strings(Array array) throws SQLException {
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object[] parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof Collection<?> values) {
                statement.setArray(i + 1, connection.createArrayOf("text", values.toArray()));
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }
}
