package io.github.muskopenai.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The driver's statements are server-prepared after a few executions, and PostgreSQL then uses a
 * generic plan, in which the query's parameters are not constants. The hits' statement must parse
 * the search text once there, not once per matching row.
 */
@QuarkusTest
class SearchPlanTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theGenericPlanOfTheHitsParsesTheQueryOncePerRecordType() throws SQLException {
        List<String> plan = genericPlan(SearchRepository.HITS, "'time', true, 'time', true");

        assertThat(plan).as("a generic plan: the parameters stay parameters").anyMatch(line -> line.matches(".*\\$\\d.*"));
        List<String> parsing = plan.stream().filter(line -> line.contains("websearch_to_tsquery")).toList();
        assertThat(parsing).hasSize(2).allMatch(line -> line.contains("Function Scan"), "a function scan of one row");
    }

    /** The lines of EXPLAIN of a JDBC statement, prepared with $n parameters and forced to its generic plan. */
    private List<String> genericPlan(String jdbcSql, String arguments) throws SQLException {
        StringBuilder sql = new StringBuilder();
        int parameter = 0;
        for (char c : jdbcSql.toCharArray()) {
            if (c == '?') {
                sql.append('$').append(++parameter);
            } else {
                sql.append(c);
            }
        }
        List<String> lines = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set plan_cache_mode = force_generic_plan");
            statement.execute("prepare hits as " + sql); // PostgreSQL infers the parameters' types
            try (ResultSet rows = statement.executeQuery("explain (costs off) execute hits(" + arguments + ")")) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            } finally {
                statement.execute("deallocate hits");
                statement.execute("reset plan_cache_mode");
            }
        }
        return lines;
    }
}
