package io.github.muskopenai.archive.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the running application: one thread-safe instance serves many readers. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI root;

    Api(URI root) {
        this.root = root;
    }

    /** What one GET answered; {@code etag} and {@code totalCount} are null when the header is absent. */
    record Answer(int status, String contentType, String etag, String totalCount, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    Answer get(String pathAndQuery) {
        return get(pathAndQuery, "application/json");
    }

    Answer get(String pathAndQuery, String accept) {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(pathAndQuery.substring(1)))
                .header("Accept", accept).timeout(Duration.ofSeconds(15)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), header(response, "Content-Type"), header(response, "ETag"),
                    header(response, "X-Total-Count"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: GET " + pathAndQuery, e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
