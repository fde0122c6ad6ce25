package io.github.muskopenai.archive.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates (or updates) the read-only role the API serves through, after the migrations and
 * before anything is served: it may connect and SELECT, nothing else, its transactions are
 * read-only by default and its queries are bounded by a statement timeout.
 */
@ApplicationScoped
public class ReaderRole {

    private static final Logger LOG = Logger.getLogger(ReaderRole.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Inject
    AgroalDataSource owner;

    @Inject
    ReaderConfig reader;

    @Inject
    EmbeddedDbConfig embedded;

    void onStart(@Observes @Priority(1) StartupEvent event) throws SQLException {
        if (!reader.manageRole()) {
            return;
        }
        String role = reader.username();
        if (!IDENTIFIER.matcher(role).matches()) {
            throw new IllegalArgumentException("archive.reader.username must be a plain lower-case identifier: " + role);
        }
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then "
                    + "create role " + role + " login; end if; end $$");
            String password = reader.password().orElse(role);
            if (reader.password().isEmpty() && !embedded.active()) {
                LOG.warnf("archive.reader.password is not set: role %s gets the default password", role);
            }
            statement.execute(formatted(connection, "alter role %I with login nosuperuser nocreatedb nocreaterole"
                    + " noreplication password %L", role, password));
            statement.execute(formatted(connection, "grant connect on database %I to %I", currentDatabase(connection), role));
            statement.execute("grant usage on schema public to " + role);
            statement.execute("grant select on all tables in schema public to " + role);
            statement.execute("alter default privileges in schema public grant select on tables to " + role);
            statement.execute("alter role " + role + " set default_transaction_read_only = on");
            long millis = reader.statementTimeout().toMillis();
            statement.execute("alter role " + role + " set statement_timeout = " + millis);
        }
        LOG.infof("API reads through role %s (SELECT only, statement timeout %d ms)", role,
                reader.statementTimeout().toMillis());
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Quotes identifiers and literals with PostgreSQL's own format(), since DDL takes no bind parameters. */
    private static String formatted(Connection connection, String template, String... args) throws SQLException {
        StringBuilder call = new StringBuilder("select format(?");
        for (int i = 0; i < args.length; i++) {
            call.append(", ?");
        }
        try (PreparedStatement format = connection.prepareStatement(call.append(")").toString())) {
            format.setString(1, template);
            for (int i = 0; i < args.length; i++) {
                format.setString(i + 2, args[i]);
            }
            try (ResultSet rows = format.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
