package io.github.muskopenai.archive.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.muskopenai.archive.hardening.ApiSurface.Endpoint;
import io.github.muskopenai.archive.hardening.ApiSurface.Param;
import io.github.muskopenai.archive.hardening.FuzzRequests.FuzzRequest;
import io.github.muskopenai.archive.hardening.FuzzRequests.SampleCursor;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sends ten thousand generated requests (fixed seed) across every documented endpoint and
 * parameter: none may answer 5xx, every 4xx is a problem whose status matches and whose 400
 * errors name parameters of the request, and no body betrays a stack trace, a class or SQL.
 */
@QuarkusTest
class ApiFuzzTest {

    private static final long SEED = 20_240_917L;
    private static final int REQUESTS = 10_000;
    /** Below the reader pool's 20 connections, so no request waits out the pool's acquisition timeout. */
    private static final int PARALLELISM = 8;
    private static final int SAMPLE_LIMIT = 5;
    private static final int REPORTED_FAILURES = 25;
    /** Characters of a failing request and its answer shown; the seed and the index reproduce it in full. */
    private static final int MAX_SHOWN = 600;
    private static final String PROBLEM_JSON = "application/problem+json";
    /** Text that would betray a stack trace, a Java class or SQL (the corpus contains none of it). */
    private static final List<String> INTERNALS = List.of("\tat ", "Exception", "java.", "org.hibernate", "io.quarkus",
            "select ", "SQLState");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Set -Dfuzz.target=http://host:port to fuzz a running application instead of the test instance. */
    static final String TARGET_PROPERTY = "fuzz.target";

    @TestHTTPResource("/")
    URL root;

    @Test
    void generatedRequestsNeverGet5xxAndErrorsAreCleanProblems() throws Exception {
        ApiSurface api = ApiSurface.from(JSON.readTree(get("/q/openapi?format=json").body()));
        assertThat(api.endpoints()).extracting(Endpoint::path).as("documented GET operations under /api")
                .contains("/api/messages", "/api/messages/{id}", "/api/search");
        Map<String, List<String>> ids = new LinkedHashMap<>();
        List<SampleCursor> cursors = new ArrayList<>();
        for (Endpoint endpoint : api.endpoints()) {
            if (endpoint.pathParams().isEmpty()) {
                sample(endpoint, ids, cursors);
            }
        }
        assertThat(ids).as("real ids fetched from the lists").isNotEmpty();
        assertThat(cursors).as("real cursors fetched from the lists").isNotEmpty();

        FuzzRequests generator = new FuzzRequests(api, ids, cursors, new Random(SEED));
        List<FuzzRequest> requests = Stream.generate(generator::next).limit(REQUESTS).toList();
        assertEveryParameterIsFuzzed(api, requests);

        long start = System.nanoTime();
        List<String> failures = send(requests);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!failures.isEmpty()) {
            Map<String, Long> byReason = failures.stream().collect(Collectors.groupingBy(
                    f -> f.substring(f.indexOf(" => ") + 4, f.indexOf("; body: ")), TreeMap::new, Collectors.counting()));
            fail("%d of %d requests (seed %d, %s) broke a promise; by reason: %s%nThe first %d:%n%s", failures.size(),
                    REQUESTS, SEED, took, byReason, Math.min(REPORTED_FAILURES, failures.size()),
                    String.join("\n", failures.subList(0, Math.min(REPORTED_FAILURES, failures.size()))));
        }
    }

    /** Real ids from a list and a cursor to its second page; a 400 for a missing parameter is retried with its example. */
    private void sample(Endpoint endpoint, Map<String, List<String>> ids, List<SampleCursor> cursors) throws Exception {
        if (!endpoint.declares("limit")) {
            return;
        }
        String base = "";
        HttpResponse<String> response = get(endpoint.path() + "?limit=" + SAMPLE_LIMIT);
        if (response.statusCode() == 400) {
            for (JsonNode error : JSON.readTree(response.body()).path("errors")) {
                Param missing = endpoint.params().stream().filter(p -> p.name().equals(error.path("parameter").asText()))
                        .findFirst().orElseThrow(() -> new AssertionError("GET " + endpoint.path() + ": " + error));
                base += (base.isEmpty() ? "" : "&") + missing.name() + "="
                        + URLEncoder.encode(missing.examples().get(0), StandardCharsets.UTF_8);
            }
            response = get(endpoint.path() + "?limit=" + SAMPLE_LIMIT + "&" + base);
        }
        assertThat(response.statusCode()).as("GET %s?%s", endpoint.path(), base).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        List<String> found = new ArrayList<>();
        page.path("items").forEach(item -> found.add(item.path("id").asText()));
        if (!found.isEmpty()) {
            ids.put(endpoint.path(), found);
        }
        if (page.hasNonNull("nextCursor")) {
            cursors.add(new SampleCursor(endpoint.path(), base, page.get("nextCursor").asText()));
        }
    }

    /** A new endpoint or parameter in the document is fuzzed without changing this test; this proves it. */
    private static void assertEveryParameterIsFuzzed(ApiSurface api, List<FuzzRequest> requests) {
        for (Endpoint endpoint : api.endpoints()) {
            List<FuzzRequest> own = requests.stream().filter(r -> r.endpoint().equals(endpoint)).toList();
            assertThat(own).as("requests to %s", endpoint.path()).hasSizeGreaterThan(REQUESTS / api.endpoints().size() / 2);
            assertThat(own).extracting(FuzzRequest::method).as("methods sent to %s", endpoint.path())
                    .contains("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");
            for (Param param : endpoint.queryParams()) {
                assertThat(own).as("requests to %s with %s", endpoint.path(), param.name())
                        .anyMatch(r -> r.parameters().contains(param.name()));
            }
        }
    }

    private List<String> send(List<FuzzRequest> requests) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                int index = i;
                results.add(pool.submit(() -> check(index, requests.get(index))));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> result : results) {
                try {
                    String failure = result.get();
                    if (failure != null) {
                        failures.add(failure);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add("=> " + e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Null when the answer keeps every promise, else the request and what was wrong. */
    private String check(int index, FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + request.uri()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        HttpResponse<String> response;
        try {
            response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            return failure(index, request, null, "no answer: " + e);
        }
        String problem = problemWith(request, response);
        return problem == null ? null : failure(index, request, response, problem);
    }

    private static String problemWith(FuzzRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status < 200 || status >= 500) {
            return "status " + status;
        }
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                return "body contains \"" + internal.strip() + "\"";
            }
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json") && !"nosniff".equals(response.headers().firstValue("X-Content-Type-Options").orElse(null))) {
            return "JSON without X-Content-Type-Options: nosniff";
        }
        if (type.contains("json") && !body.isEmpty() && parse(body) == null) {
            return status + " body is not JSON";
        }
        if (status < 400) {
            return null;
        }
        if (!type.startsWith(PROBLEM_JSON)) {
            return status + " with Content-Type " + type;
        }
        return request.method().equals("HEAD") ? null : problemShape(request, status, parse(body));
    }

    /** The problem's status is the HTTP status; a 400 names the parameters at fault. */
    private static String problemShape(FuzzRequest request, int status, JsonNode problem) {
        if (problem == null || problem.path("status").asInt() != status) {
            return status + " problem has status " + (problem == null ? null : problem.path("status"));
        }
        return status == 400 ? namesParameters(request, problem.path("errors")) : null;
    }

    /** Each error names a parameter the request sent, or one the endpoint declares (a missing required one). */
    private static String namesParameters(FuzzRequest request, JsonNode errors) {
        if (!errors.isArray() || errors.isEmpty()) {
            return "400 without errors[]";
        }
        Set<String> known = request.parameters();
        for (JsonNode error : errors) {
            String name = error.path("parameter").asText(null);
            if (name == null || !(known.contains(name) || request.endpoint().declares(name))) {
                return "400 names parameter " + error.path("parameter") + ", not one of the request";
            }
        }
        return null;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String failure(int index, FuzzRequest request, HttpResponse<String> response, String reason) {
        String body = response == null ? "" : response.body();
        String sent = request.toString();
        return "#" + index + " " + (sent.length() > MAX_SHOWN ? sent.substring(0, MAX_SHOWN) + "…" : sent) + " => " + reason
                + "; body: " + body.substring(0, Math.min(MAX_SHOWN, body.length()));
    }

    private String base() {
        return System.getProperty(TARGET_PROPERTY, root.toString()).replaceAll("/$", "");
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = URI.create(base() + pathAndQuery);
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
