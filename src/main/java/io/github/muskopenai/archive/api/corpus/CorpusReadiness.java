package io.github.muskopenai.archive.api.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

/** Ready only when the database answers, through the serving role, and a corpus is loaded. */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    @Inject
    @DataSource("reader")
    AgroalDataSource reader;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("corpus");
        try (Connection connection = reader.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version, (select count(*) from document) from corpus_state")) {
            if (!rows.next()) {
                return response.down().withData("reason", "no corpus loaded").build();
            }
            return response.up().withData("version", rows.getString(1)).withData("documents", rows.getLong(2)).build();
        } catch (SQLException e) {
            return response.down().withData("reason", "database unavailable").build();
        }
    }
}
