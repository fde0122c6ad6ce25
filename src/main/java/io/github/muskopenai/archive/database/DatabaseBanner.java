package io.github.muskopenai.archive.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/** Says at startup which database the application uses, and where. */
@ApplicationScoped
public class DatabaseBanner {

    private static final Logger LOG = Logger.getLogger(DatabaseBanner.class);

    @Inject
    AgroalDataSource owner;

    @Inject
    EmbeddedDbConfig embedded;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    void onStart(@Observes @Priority(0) StartupEvent event) throws SQLException {
        String version;
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_setting('server_version')")) {
            rows.next();
            version = rows.getString(1);
        }
        if (embedded.active()) {
            LOG.infof("Database: embedded PostgreSQL %s at %s, data in %s", version, url, embedded.dataDir());
        } else {
            LOG.infof("Database: external PostgreSQL %s at %s", version, url);
        }
    }
}
