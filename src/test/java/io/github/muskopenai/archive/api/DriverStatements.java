package io.github.muskopenai.archive.api;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements the PostgreSQL JDBC driver sends while open (its Execute and SimpleQuery
 * protocol messages, from its FINEST log): every statement, whether Hibernate or plain JDBC runs
 * it, transaction control (BEGIN, COMMIT) included; the session settings of a connection the
 * pool opens meanwhile (SET …) are not the request's and are left out. The test profile lets the driver's logger reach TRACE.
 */
final class DriverStatements implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final AtomicLong executes = new AtomicLong();
    /** The next Execute runs a session setting (SET …) of a new connection. */
    private volatile boolean settingNext;
    private final Level previousLevel = DRIVER.getLevel();
    private final boolean previousUseParent = DRIVER.getUseParentHandlers();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            Object[] parameters = record.getParameters();
            String first = parameters == null || parameters.length == 0 ? "" : String.valueOf(parameters[0]);
            if (message == null) {
                return;
            }
            if (message.contains("FE=> Parse(")) {
                // A new connection's session settings are the pool's doing, not the request's.
                settingNext = message.contains("query=\"SET ");
            } else if (message.contains("FE=> Execute(")) {
                if (!settingNext) {
                    executes.incrementAndGet();
                }
                settingNext = false;
            } else if (message.contains("FE=> SimpleQuery(") && !first.isEmpty() && !first.startsWith("SET ")) {
                // BEGIN and COMMIT; an empty simple query is the pool's connection check.
                executes.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    DriverStatements() {
        handler.setLevel(Level.ALL);
        DRIVER.addHandler(handler);
        // The protocol trace is for counting, not for the console.
        DRIVER.setUseParentHandlers(false);
        DRIVER.setLevel(Level.FINEST);
    }

    long count() {
        return executes.get();
    }

    @Override
    public void close() {
        DRIVER.setLevel(previousLevel);
        DRIVER.setUseParentHandlers(previousUseParent);
        DRIVER.removeHandler(handler);
    }
}
