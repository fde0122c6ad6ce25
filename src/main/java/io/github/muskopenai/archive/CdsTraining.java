package io.github.muskopenai.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * System property: the training run's class-load log ({@code -Xlog:class+load:file=<path>:none}),
     * read by {@link #linkLoadedClasses} at the end of the run.
     */
    static final String CLASS_LOG = "archive.cds.class-log";

    private static final String SOURCE = " source: ";

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
        String classLog = System.getProperty(CLASS_LOG);
        if (classLog != null) {
            int linked = linkLoadedClasses(Path.of(classLog), CdsTraining.class.getClassLoader());
            System.err.println("cds-training: linked " + linked + " of the loaded classes");
        }
        return failed.isEmpty() ? 0 : 1;
    }

    /**
     * Links the classes the run loaded. A dynamic archive (JDK 17) keeps only linked
     * classes, and a start loads ~2,500 that it does not link (Hibernate's boot reads many for their
     * annotations and signatures): those were read and verified from the jars at every start.
     * Asking for a class's declared fields links it; a class whose fields name a type that is not
     * on the class path stays out of the archive, as before.
     *
     * @return how many classes the log named that are now linked (classes from the JVM's own
     *         archive are skipped)
     */
    static int linkLoadedClasses(Path classLog, ClassLoader loader) {
        List<String> lines;
        try {
            lines = Files.readAllLines(classLog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int linked = 0;
        for (String line : lines) {
            int source = line.indexOf(SOURCE);
            if (source < 0 || line.startsWith("shared objects file", source + SOURCE.length())) {
                continue;
            }
            try {
                Class.forName(line.substring(0, source), false, loader).getDeclaredFields();
                linked++;
            } catch (ClassNotFoundException | LinkageError e) {
                // hidden and generated classes have no name to find; optional dependencies are absent
            }
        }
        return linked;
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
