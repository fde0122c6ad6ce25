package io.github.muskopenai.archive.domain.query;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Where a native statement gets its connection: the request's Hibernate session (its
 * transaction's connection, for a request of several statements that must read one snapshot), or
 * a connection of the pool held only while the work runs (a read of one statement: one statement
 * is one snapshot, so it needs neither a transaction nor a session).
 * <p>
 * The second is the by-id and page path: it skips opening and closing a Hibernate session per
 * request, and it returns the connection before the answer is written instead of when the
 * request ends.
 */
public abstract class Jdbc {

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * Runs the work on this source's connection. A database error is thrown unchecked, with its
     * {@link SQLException} in the cause chain (where the API's error mappers look for its SQLState).
     */
    public abstract <T> T run(Work<T> work);

    /** The connection of the session (and its transaction, when one is active). */
    public static Jdbc session(EntityManager em) {
        return new Jdbc() {
            @Override
            public <T> T run(Work<T> work) {
                return em.unwrap(Session.class).doReturningWork(work::run);
            }
        };
    }

    /**
     * A connection of the pool for this work only (inside a JTA transaction, the pool hands out
     * the transaction's connection, so the work still reads the transaction's snapshot).
     */
    public static Jdbc pool(DataSource dataSource) {
        return new Jdbc() {
            @Override
            public <T> T run(Work<T> work) {
                try (Connection connection = dataSource.getConnection()) {
                    return work.run(connection);
                } catch (SQLException e) {
                    throw new StatementFailedException(e);
                }
            }
        };
    }

    /** A database error of work run on a pool connection; the {@link SQLException} is its cause. */
    public static final class StatementFailedException extends RuntimeException {

        StatementFailedException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
