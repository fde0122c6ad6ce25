package io.github.muskopenai.archive.api.integration;

import static io.github.muskopenai.archive.api.integration.SourceLines.AI_DOCS_ELON;
import static io.github.muskopenai.archive.api.integration.SourceLines.TOMORROW_ELON;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * CSV export of messages and events, read back with the test's own RFC 4180 reader and compared
 * field by field with the JSON list of the same filter: every matching row, never one page.
 */
@QuarkusTest
class CsvExportTest {

    private static final List<String> MESSAGE_COLUMNS = List.of("id", "threadId", "subject", "from", "fromId", "to",
            "toIds", "cc", "ccIds", "sentAt", "sentAtText", "timeZone", "forwarded", "quotedOnly", "redacted", "quotes",
            "quotedIn", "document", "firstLine", "lastLine", "body");
    /** The event's JSON fields, its source flattened (section and images are not exported); in any order. */
    private static final List<String> EVENT_COLUMNS = List.of("id", "kind", "dateText", "start", "end", "precision",
            "title", "titleRaw", "parentId", "messageIds", "document", "firstLine", "lastLine", "text");
    private static final int MESSAGES = 22;
    private static final int MESSAGES_FROM_ELON = 13;
    private static final int EVENTS = 27;
    private static final int NARRATIVE_EVENTS = 15;

    @TestHTTPResource("/")
    URI base;

    @Test
    void messagesCsvStartsWithTheHeaderRow() {
        String csv = given().accept("text/csv").get("/api/messages").asString();

        assertThat(csv).startsWith(String.join(",", MESSAGE_COLUMNS) + "\r\n");
    }

    @Test
    void messagesCsvHoldsEveryMessageAsTheJsonListHasIt() {
        List<Map<String, String>> csv = csvRows("/api/messages", MESSAGE_COLUMNS);

        assertThat(csv).hasSize(MESSAGES).map(CsvExportTest::normalized)
                .containsExactlyElementsOf(jsonItems("/api/messages").stream().map(CsvExportTest::expectedMessageRow).toList());
    }

    @Test
    void csvHoldsEveryMatchingRowWhateverLimitAndCursorSay() {
        JsonPath firstPage = given().queryParam("from", "elon").queryParam("sort", "-sentAt").queryParam("limit", 2)
                .get("/api/messages").jsonPath();
        assertThat(firstPage.getLong("total")).isEqualTo(MESSAGES_FROM_ELON);

        List<Map<String, String>> csv = csvRows("/api/messages", MESSAGE_COLUMNS, "from", "elon", "sort", "-sentAt",
                "limit", "2", "cursor", firstPage.getString("nextCursor"));

        assertThat(csv).hasSize(MESSAGES_FROM_ELON).extracting(row -> row.get("fromId")).containsOnly("elon-musk");
        assertThat(csv).map(CsvExportTest::normalized).containsExactlyElementsOf(jsonItems("/api/messages", "from", "elon",
                "sort", "-sentAt").stream().map(CsvExportTest::expectedMessageRow).toList());
    }

    @Test
    void bodiesWithLineBreaksAndCommasComeBackVerbatim() {
        Map<String, String> aiDocs = byFirstLine(csvRows("/api/messages", MESSAGE_COLUMNS)).get(AI_DOCS_ELON);

        // Lines 44-46 of the document.
        assertThat(aiDocs.get("body")).isEqualTo("I think this should be independent from (but supported by) YC, not what"
                + " sounds like a subsidiary.\n\nAlso, the structure doesn’t seem optimal. In particular, the YC stock"
                + " along with a salary from the nonprofit muddies the alignment of incentives. Probably better to have"
                + " a standard C corp with a parallel nonprofit.");
        assertThat(aiDocs.get("sentAtText")).isEqualTo("Fri, Nov 20, 2015 at 12:29 PM");
        assertThat(aiDocs.get("forwarded")).isEqualTo("true");
    }

    @Test
    void recipientsAreJoinedWithSemicolons() {
        // Lines 241-242: To: Greg Brockman, Ilya Sutskever, Sam Altman / Cc: <redacted>, Shivon Zilis
        Map<String, String> tomorrow = byFirstLine(csvRows("/api/messages", MESSAGE_COLUMNS)).get(TOMORROW_ELON);

        assertThat(tomorrow.get("to")).isEqualTo("Greg Brockman; Ilya Sutskever; Sam Altman");
        assertThat(tomorrow.get("toIds")).isEqualTo("greg-brockman; ilya-sutskever; sam-altman");
        assertThat(tomorrow.get("cc")).isEqualTo("<redacted>; Shivon Zilis");
    }

    @Test
    void recipientIdColumnsLineUpWithTheNameColumns() {
        // A wholly redacted recipient has no id; without an empty entry for it, "<redacted>; Shivon Zilis"
        // sits next to "shivon-zilis" and a spreadsheet cannot tell whose id that is.
        for (Map<String, String> row : csvRows("/api/messages", MESSAGE_COLUMNS)) {
            assertThat(entries(row.get("ccIds"))).as("ccIds of %s next to cc \"%s\"", row.get("id"), row.get("cc"))
                    .hasSameSizeAs(entries(row.get("cc")));
            assertThat(entries(row.get("toIds"))).as("toIds of %s next to to \"%s\"", row.get("id"), row.get("to"))
                    .hasSameSizeAs(entries(row.get("to")));
        }
    }

    @Test
    void eventsCsvHoldsEveryEventAsTheJsonListHasIt() {
        assertThat(csvRows("/api/events", EVENT_COLUMNS)).hasSize(EVENTS)
                .containsExactlyElementsOf(jsonItems("/api/events").stream().map(CsvExportTest::expectedEventRow).toList());
        assertThat(csvRows("/api/events", EVENT_COLUMNS, "kind", "narrative", "limit", "3")).hasSize(NARRATIVE_EVENTS)
                .containsExactlyElementsOf(jsonItems("/api/events", "kind", "narrative").stream()
                        .map(CsvExportTest::expectedEventRow).toList());
    }

    @Test
    void acceptTextCsvAndFormatCsvGiveTheSameDocument() {
        Response byAccept = given().accept("text/csv").queryParam("to", "sam-altman").get("/api/messages");
        Response byFormat = given().queryParam("to", "sam-altman").queryParam("format", "csv").get("/api/messages");

        for (Response response : List.of(byAccept, byFormat)) {
            response.then().statusCode(200).contentType("text/csv");
            assertThat(response.header("Content-Disposition")).contains("attachment").contains("messages.csv");
        }
        assertThat(byFormat.asByteArray()).isEqualTo(byAccept.asByteArray());
    }

    @Test
    void withoutAcceptOrAcceptingAnythingTheListIsJson() throws Exception {
        HttpResponse<String> noAccept = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("/api/messages?limit=1")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noAccept.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));

        given().accept("*/*").get("/api/events?limit=1").then().statusCode(200).contentType("application/json");
        given().accept("text/csv").queryParam("format", "json").get("/api/events").then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    void refusesAnUnknownFormat() {
        Response response = given().queryParam("format", "xml").get("/api/messages");

        response.then().statusCode(400).contentType("application/problem+json");
        assertThat(response.jsonPath().getList("errors.parameter", String.class)).containsExactly("format");
    }

    /** The rows of the CSV as column → value, after checking the header row. */
    private static List<Map<String, String>> csvRows(String path, List<String> columns, String... query) {
        RequestSpecification request = given().accept("text/csv");
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        Response response = request.get(path).then().statusCode(200).contentType("text/csv").extract().response();
        List<List<String>> records = Rfc4180.parse(new String(response.asByteArray(), StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        assertThat(header).containsExactlyInAnyOrderElementsOf(columns);
        return records.subList(1, records.size()).stream().map(record -> {
            assertThat(record).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            columns.forEach(column -> row.put(column, record.get(header.indexOf(column))));
            return row;
        }).toList();
    }

    private static List<Map<String, Object>> jsonItems(String path, String... query) {
        RequestSpecification request = given().queryParam("limit", 500);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Id lists compared as sets; recipient ids without the empty entries of redacted recipients. */
    private static Map<String, String> normalized(Map<String, String> row) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.replaceAll((column, value) -> switch (column) {
            case "quotes", "quotedIn" -> Arrays.stream(value.split(" ")).filter(s -> !s.isEmpty()).sorted()
                    .collect(Collectors.joining(" "));
            case "toIds", "ccIds" -> entries(value).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
            default -> value;
        });
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> expectedMessageRow(Map<String, Object> m) {
        Map<String, Object> from = (Map<String, Object>) m.get("from");
        Map<String, Object> source = (Map<String, Object>) m.get("source");
        List<Map<String, Object>> to = (List<Map<String, Object>>) m.get("to");
        List<Map<String, Object>> cc = (List<Map<String, Object>>) m.get("cc");
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", text(m.get("id")));
        row.put("threadId", text(m.get("threadId")));
        row.put("subject", text(m.get("subject")));
        row.put("from", label(from));
        row.put("fromId", text(from.get("id")));
        row.put("to", to.stream().map(CsvExportTest::label).collect(Collectors.joining("; ")));
        row.put("toIds", to.stream().filter(r -> r.get("id") != null).map(r -> text(r.get("id"))).collect(Collectors.joining("; ")));
        row.put("cc", cc.stream().map(CsvExportTest::label).collect(Collectors.joining("; ")));
        row.put("ccIds", cc.stream().filter(r -> r.get("id") != null).map(r -> text(r.get("id"))).collect(Collectors.joining("; ")));
        for (String field : List.of("sentAt", "sentAtText", "timeZone", "forwarded", "quotedOnly")) {
            row.put(field, text(m.get(field)));
        }
        row.put("redacted", Boolean.toString(!((List<?>) m.get("redactions")).isEmpty()));
        row.put("quotes", ((List<String>) m.get("quotes")).stream().sorted().collect(Collectors.joining(" ")));
        row.put("quotedIn", ((List<String>) m.get("quotedIn")).stream().sorted().collect(Collectors.joining(" ")));
        row.put("document", text(source.get("document")));
        row.put("firstLine", text(source.get("firstLine")));
        row.put("lastLine", text(source.get("lastLine")));
        row.put("body", text(m.get("body")));
        return row;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> expectedEventRow(Map<String, Object> e) {
        Map<String, Object> source = (Map<String, Object>) e.get("source");
        Map<String, String> row = new LinkedHashMap<>();
        for (String field : List.of("id", "kind", "dateText", "start", "end", "precision", "title", "titleRaw", "parentId")) {
            row.put(field, text(e.get(field)));
        }
        row.put("messageIds", String.join(" ", (List<String>) e.get("messageIds")));
        row.put("document", text(source.get("document")));
        row.put("firstLine", text(source.get("firstLine")));
        row.put("lastLine", text(source.get("lastLine")));
        row.put("text", text(e.get("text")));
        return row;
    }

    private static String label(Map<String, Object> ref) {
        return Boolean.TRUE.equals(ref.get("redacted")) ? text(ref.get("text")) : text(ref.get("name"));
    }

    /** CSV has no null: an absent value is an empty field. */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> entries(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("; ", -1));
    }

    private static Map<Integer, Map<String, String>> byFirstLine(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.toMap(row -> Integer.parseInt(row.get("firstLine")), row -> row));
    }
}
