package io.github.muskopenai.archive.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The connection the API serves through can read and nothing else: no writes or DDL even in a
 * transaction it declares read-write, no superuser, and a statement timeout that cancels slow
 * queries. The owner's connection can write, so a mix-up of the two roles fails here.
 */
@QuarkusTest
class LeastPrivilegeTest {

    /** PostgreSQL's SQLState for "permission denied" (insufficient_privilege). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** PostgreSQL's SQLState for a statement cancelled by statement_timeout (query_canceled). */
    private static final String QUERY_CANCELED = "57014";
    private static final int SLOW_QUERY_SECONDS = 10;

    private static final String INSERT = "insert into message (id) values ('hardening-probe')";
    private static final String UPDATE = "update person set name = name";
    private static final String DELETE = "delete from event";
    private static final String CREATE = "create table hardening_probe (id int)";
    private static final String TRUNCATE = "truncate message cascade";

    @Inject
    @DataSource("reader")
    AgroalDataSource reader;

    @Inject
    AgroalDataSource owner;

    @ConfigProperty(name = "archive.reader.username")
    String readerRole;

    @ConfigProperty(name = "archive.reader.statement-timeout")
    Duration statementTimeout;

    @ParameterizedTest
    @ValueSource(strings = {INSERT, UPDATE, DELETE, CREATE, TRUNCATE})
    void readerIsDeniedWritesEvenInAReadWriteTransaction(String write) throws SQLException {
        try (Connection connection = reader.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction read write");
                assertThat(single(statement, "show transaction_read_only")).as("transaction made read-write").isEqualTo("off");
                assertThatThrownBy(() -> statement.execute(write)).as(write)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                .as("SQLState of %s: %s", write, e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void readerTransactionsAreReadOnlyByDefault() throws SQLException {
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show default_transaction_read_only")).isEqualTo("on");
            assertThat(single(statement, "show transaction_read_only")).isEqualTo("on");
        }
    }

    @Test
    void readerLogsInAsTheReaderRoleWhichIsNoSuperuser() throws SQLException {
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select current_user")).isEqualTo(readerRole);
            assertThat(single(statement, "select session_user")).isEqualTo(readerRole);
            assertThat(single(statement, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("false");
            assertThat(single(statement, "select (rolcreaterole or rolcreatedb or rolreplication or rolbypassrls)::text"
                    + " from pg_roles where rolname = current_user")).as("any other elevated attribute").isEqualTo("false");
            assertThat(single(statement, "select count(*)::text from pg_auth_members m join pg_roles r on r.oid = m.roleid"
                    + " where m.member = (select oid from pg_roles where rolname = current_user)"))
                    .as("roles the reader is a member of (and would inherit privileges from)").isEqualTo("0");
        }
    }

    @Test
    void readerHasTheConfiguredStatementTimeout() throws SQLException {
        assertThat(statementTimeout).as("archive.reader.statement-timeout").isEqualTo(Duration.ofSeconds(5));
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show statement_timeout")).isEqualTo("5s");
            assertThat(single(statement, "select setting from pg_settings where name = 'statement_timeout'"))
                    .isEqualTo(Long.toString(statementTimeout.toMillis()));
        }
    }

    @Test
    void readerRunsNoParallelQuery() throws SQLException {
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show max_parallel_workers_per_gather")).isEqualTo("0");
        }
    }

    @Test
    void readerCancelsASlowQueryAtTheStatementTimeout() throws SQLException {
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> statement.execute("select pg_sleep(" + SLOW_QUERY_SECONDS + ")"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                            .as("SQLState: %s", e.getMessage()).isEqualTo(QUERY_CANCELED));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("time until the query was cancelled").isGreaterThanOrEqualTo(statementTimeout)
                    .isLessThan(Duration.ofSeconds(SLOW_QUERY_SECONDS - 1));
        }
    }

    /** Without this the tests above would also pass if both datasources were the reader. */
    @Test
    void ownerCanWriteSoTheRolesAreNotMixedUp() throws SQLException {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                assertThat(single(statement, "select current_user")).isNotEqualTo(readerRole);
                assertThat(statement.executeUpdate(UPDATE)).as("people updated (in place)").isPositive();
                statement.execute(CREATE);
                assertThat(statement.executeUpdate("insert into hardening_probe (id) values (1)")).isEqualTo(1);
            } finally {
                connection.rollback();
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }
}
