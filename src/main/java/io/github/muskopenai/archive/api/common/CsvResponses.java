package io.github.muskopenai.archive.api.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.github.muskopenai.archive.domain.ExportRepository;

/**
 * Streams an export as RFC 4180 CSV (header row, CRLF, quoting by Apache Commons CSV): every
 * matching row, not one page.
 */
@ApplicationScoped
public class CsvResponses {

    public static final String MEDIA_TYPE = "text/csv";
    /** For @Produces: a client that accepts any type gets JSON; CSV only when asked for. */
    public static final String MEDIA_TYPE_LOW_QUALITY = "text/csv;qs=0.5";

    @Inject
    ExportRepository exports;

    public Response stream(ExportRepository.Export export, String name) {
        StreamingOutput body = out -> {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(export.columns().toArray(String[]::new)).get();
            try (CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format)) {
                exports.stream(export, csv::printRecord);
            } catch (SQLException e) {
                // The status line is already sent: the client sees a truncated body, the log says why.
                throw new UncheckedIOException(new IOException("CSV export failed", e));
            }
        };
        return Response.ok(body, MEDIA_TYPE + "; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }
}
