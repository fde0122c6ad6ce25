package io.github.muskopenai.archive.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.github.muskopenai.archive.domain.query.Jdbc;

/**
 * The reads of one statement run on a pool connection of their own ({@link Jdbc#pool}), outside
 * Hibernate: their database errors must still reach the error mappers as what they are, an
 * outage (503, retry), a statement timeout (503, narrow the query) or a bug (500).
 */
class DatabaseFailuresTest {

    /** SQLStates from PostgreSQL's appendix A (errcodes). */
    private static final String CONNECTION_FAILURE = "08006";
    private static final String QUERY_CANCELED = "57014";
    private static final String UNDEFINED_TABLE = "42P01";

    @Test
    void aConnectionThatCannotBeHadIsAnOutage() {
        DataSource down = dataSource(null, new SQLException("Connection refused", "08001"));

        RuntimeException failure = catchRuntimeException(() -> Jdbc.pool(down).run(connection -> 1));

        assertThat(DatabaseFailures.isUnavailable(failure)).isTrue();
        assertThat(DatabaseFailures.isTimeout(failure)).isFalse();
    }

    @Test
    void aConnectionLostDuringTheStatementIsAnOutage() {
        RuntimeException failure = failureOf(new SQLException("An I/O error occurred", CONNECTION_FAILURE));

        assertThat(DatabaseFailures.isUnavailable(failure)).isTrue();
    }

    @Test
    void aStatementCancelledByTheTimeoutIsATimeoutNotAnOutage() {
        RuntimeException failure = failureOf(new SQLException("canceling statement due to statement timeout", QUERY_CANCELED));

        assertThat(DatabaseFailures.isTimeout(failure)).isTrue();
        assertThat(DatabaseFailures.isUnavailable(failure)).isFalse();
    }

    @Test
    void aBrokenStatementIsNeitherSoItBecomesA500() {
        RuntimeException failure = failureOf(new SQLException("relation \"mesage\" does not exist", UNDEFINED_TABLE));

        assertThat(DatabaseFailures.isTimeout(failure)).isFalse();
        assertThat(DatabaseFailures.isUnavailable(failure)).isFalse();
    }

    @Test
    void theConnectionGoesBackToThePoolWhenTheWorkFails() {
        boolean[] closed = {false};
        Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        closed[0] = true;
                    }
                    return null;
                });

        catchRuntimeException(() -> Jdbc.pool(dataSource(connection, null)).run(c -> {
            throw new SQLException("canceling statement due to statement timeout", QUERY_CANCELED);
        }));

        assertThat(closed[0]).as("connection closed (returned to the pool)").isTrue();
    }

    private static RuntimeException failureOf(SQLException thrownByTheStatement) {
        Connection connection = (Connection) Proxy.newProxyInstance(DatabaseFailuresTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> null);
        return catchRuntimeException(() -> Jdbc.pool(dataSource(connection, null)).run(c -> {
            throw thrownByTheStatement;
        }));
    }

    /** A data source that hands out {@code connection}, or throws {@code failure}. */
    private static DataSource dataSource(Connection connection, SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(DatabaseFailuresTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        if (failure != null) {
                            throw failure;
                        }
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
