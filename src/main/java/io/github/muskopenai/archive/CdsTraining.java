package io.github.muskopenai.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The training run of the package's class-data archive: {@code java
 * -XX:ArchiveClassesAtExit=app-cds.jsa -jar quarkus-run.jar cds-training} starts the application
 * on a throw-away embedded PostgreSQL (always: {@link Main} ignores a configured datasource URL
 * for this command), asks each kind of endpoint once, and exits. The archive then holds the
 * classes of a whole start and of the first requests; Quarkus' own archive (its build-time run)
 * stops before the datasources, Flyway, Hibernate's start and the REST layer, whose classes were
 * then loaded from the jars at every start (about 5,000 classes; 0.3-0.75 s to the first answer
 * on two cores, docs/benchmarks.md).
 */
final class CdsTraining {

    static final String COMMAND = "cds-training";

    private CdsTraining() {
    }

    static boolean isCommand(String... args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** A port free now, for the training run's HTTP server. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks the running application for each kind of answer; 0 when every one was 200. */
    static int run(int port) {
        HttpClient client = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String base = "http://127.0.0.1:" + port;
        List<String> failed = new ArrayList<>();
        try {
            for (String path : List.of("/api/corpus", "/api/threads?limit=5", "/api/search?q=OpenAI&limit=5",
                    "/api/timeline", "/q/health/ready", "/q/openapi")) {
                get(client, base + path, failed);
            }
            for (String list : List.of("/api/messages", "/api/people", "/api/events")) {
                JsonNode page = json.readTree(get(client, base + list + "?limit=5", failed));
                JsonNode items = page.get("items");
                if (items != null && items.size() > 0) {
                    get(client, base + list + "/" + items.get(0).get("id").asText(), failed);
                }
            }
        } catch (IOException e) {
            failed.add(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add("interrupted");
        }
        failed.forEach(failure -> System.err.println("cds-training: " + failure));
        return failed.isEmpty() ? 0 : 1;
    }

    private static String get(HttpClient client, String uri, List<String> failed)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(uri)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            failed.add(uri + " answered " + response.statusCode());
            return "{}";
        }
        return response.body();
    }
}
