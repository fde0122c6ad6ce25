package io.github.muskopenai.archive.api.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document at /q/openapi: every API operation is named, summarised and documents its
 * problem responses; every query parameter is described with an example; and the recorded examples
 * are what the API really answers, so the documentation cannot drift from the records.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("src/main/resources/openapi-examples");
    private static final List<String> PROBLEM_STATUSES = List.of("400", "404", "405", "406", "503");
    private static final String PROBLEM_JSON = "application/problem+json";

    private JsonNode document;

    /** Per test: RestAssured points at the test server only once a test runs, not in @BeforeAll. */
    @BeforeEach
    void readDocument() throws IOException {
        document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString());
    }

    @Test
    void everyOperationHasAnIdAndASummary() {
        assertThat(operations()).isNotEmpty().allSatisfy(op -> {
            assertThat(op.node().path("operationId").asText()).as("operationId of %s", op.name()).isNotBlank();
            assertThat(op.node().path("summary").asText()).as("summary of %s", op.name()).isNotBlank();
        });
        assertThat(operations()).extracting(op -> op.node().path("operationId").asText()).doesNotHaveDuplicates();
    }

    @Test
    void everyOperationDocumentsItsProblemResponses() {
        for (Operation op : operations()) {
            for (String status : PROBLEM_STATUSES) {
                String ref = op.node().path("responses").path(status).path("$ref").asText();
                assertThat(ref).as("%s response %s", op.name(), status).startsWith("#/components/responses/");
                JsonNode response = document.path("components").path("responses").path(ref.substring(ref.lastIndexOf('/') + 1));
                assertThat(response.path("content").path(PROBLEM_JSON).path("schema").path("$ref").asText())
                        .as("%s response %s", op.name(), status).isEqualTo("#/components/schemas/Problem");
            }
        }
    }

    @Test
    void everyQueryParameterHasADescriptionAndAnExample() {
        List<String> missing = new ArrayList<>();
        for (Operation op : operations()) {
            for (JsonNode parameter : op.node().path("parameters")) {
                if (!parameter.path("in").asText().equals("query")) {
                    continue;
                }
                String name = op.node().path("operationId").asText() + " " + parameter.path("name").asText();
                if (parameter.path("description").asText().isBlank()) {
                    missing.add(name + ": description");
                }
                if (!parameter.has("example") && !parameter.has("examples")) {
                    missing.add(name + ": example");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theMessageAndEventListsOfferCsv() {
        for (String path : List.of("/api/messages", "/api/events")) {
            JsonNode content = document.path("paths").path(path).path("get").path("responses").path("200").path("content");
            assertThat(content.has("application/json")).as("%s JSON", path).isTrue();
            assertThat(content.has("text/csv")).as("%s CSV", path).isTrue();
        }
    }

    static Stream<String> recordedRequests() throws IOException {
        return Files.readAllLines(EXAMPLES.resolve("requests.txt")).stream().filter(line -> !line.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedRequests")
    void recordedExampleIsWhatTheApiAnswers(String request) throws IOException {
        String operationId = request.split("\\s+")[0];
        String path = request.split("\\s+")[1];
        JsonNode recorded = JSON.readTree(EXAMPLES.resolve(operationId + ".json").toFile());
        JsonNode live = JSON.readTree(given().urlEncodingEnabled(false).accept("application/json").get(path).then()
                .statusCode(200).extract().asString());

        assertThat(withoutLoadedAt(live)).isEqualTo(withoutLoadedAt(recorded));
        assertThat(withoutLoadedAt(documentedExample(operationId))).as("example of %s in the document", operationId)
                .isEqualTo(withoutLoadedAt(recorded));
    }

    /**
     * A person's correspondents are written as the loader stored them (migration V7), not by
     * Jackson from the schema's class: each served element must have exactly the properties of the
     * Correspondent schema, in the schema's order, with its types, and total = sentTo + receivedFrom.
     */
    @Test
    void servedCorrespondentsHaveTheDocumentedShape() throws IOException {
        JsonNode list = document.path("components").path("schemas").path("PersonDetail").path("properties")
                .path("correspondents");
        assertThat(list.path("type").asText()).isEqualTo("array");
        assertThat(list.path("items").path("$ref").asText()).isEqualTo("#/components/schemas/Correspondent");
        JsonNode schema = document.path("components").path("schemas").path("Correspondent").path("properties");
        List<String> properties = new ArrayList<>();
        schema.fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactly("id", "name", "sentTo", "receivedFrom", "total");

        // Elon Musk exchanged messages with four correspondents in the document.
        JsonNode served = JSON.readTree(given().get("/api/people/elon-musk").then().statusCode(200).extract().asString())
                .path("correspondents");
        assertThat(served.size()).isEqualTo(4);
        for (JsonNode element : served) {
            List<String> names = new ArrayList<>();
            element.fieldNames().forEachRemaining(names::add);
            assertThat(names).as("keys of %s", element).isEqualTo(properties);
            for (String property : properties) {
                String type = schema.path(property).path("type").asText();
                JsonNode value = element.path(property);
                assertThat(type.equals("integer") ? value.isIntegralNumber() : value.isTextual())
                        .as("%s of %s is a JSON %s", property, element, type).isTrue();
            }
            assertThat(element.path("total").asLong())
                    .isEqualTo(element.path("sentTo").asLong() + element.path("receivedFrom").asLong());
        }
    }

    @Test
    void everyRecordedExampleHasItsRequest() throws IOException {
        List<String> operations = recordedRequests().map(line -> line.split("\\s+")[0]).toList();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())))
                    .containsExactlyInAnyOrderElementsOf(operations);
        }
    }

    record Operation(String name, JsonNode node) {
    }

    /** The operations of the API's own paths (not /q/…). */
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(method -> {
                if (List.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
                }
            });
        }
        return operations;
    }

    private JsonNode documentedExample(String operationId) {
        return operations().stream().filter(op -> op.node().path("operationId").asText().equals(operationId)).findFirst()
                .map(op -> op.node().path("responses").path("200").path("content").path("application/json").path("example"))
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
    }

    /** A copy without the loadedAt fields, which change with every load. */
    private static JsonNode withoutLoadedAt(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("loadedAt");
        }
        node.forEach(OpenApiDocumentTest::strip);
    }
}
