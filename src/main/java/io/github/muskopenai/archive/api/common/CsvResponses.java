package io.github.muskopenai.archive.api.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.github.muskopenai.archive.domain.ExportRepository;

/**
 * Streams an export as RFC 4180 CSV (header row, CRLF, quoting by Apache Commons CSV): every
 * matching row, not one page. Nothing is written until the query runs, so a database outage is
 * still a 503 problem; a failure after rows were sent breaks the connection rather than ending
 * the file as if it were complete.
 */
@ApplicationScoped
public class CsvResponses {

    public static final String MEDIA_TYPE = "text/csv";
    /** For @Produces: a client that accepts any type gets JSON; CSV only when asked for. */
    public static final String MEDIA_TYPE_LOW_QUALITY = "text/csv;qs=0.5";

    @Inject
    ExportRepository exports;

    @Inject
    ServedCorpusState served;

    public Response stream(ExportRepository.Export export, String name) {
        String state = served.get();
        StreamingOutput body = out -> {
            CsvSink csv = new CsvSink(out);
            try {
                exports.stream(export, state, csv);
            } catch (SQLException e) {
                if (!csv.started()) {
                    throw new DatabaseUnavailableException(e);
                }
                throw new IOException("CSV export failed after " + csv.rows + " rows", e);
            }
            csv.finish();
        };
        return Response.ok(body, MEDIA_TYPE + "; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    /** Writes the header when the rows are about to come, never before. */
    private static final class CsvSink implements ExportRepository.RowSink {

        private final OutputStream out;
        private CSVPrinter printer;
        private long rows;

        CsvSink(OutputStream out) {
            this.out = out;
        }

        @Override
        public void start(List<String> columns) throws IOException {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format);
        }

        @Override
        public void row(List<String> values) throws IOException {
            printer.printRecord(values);
            rows++;
        }

        boolean started() {
            return printer != null;
        }

        void finish() throws IOException {
            printer.close();
        }
    }
}
