package io.github.muskopenai.archive.api.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * GET /api/graph, counted by hand from the From/To/Cc lines of the document. Quoted-only messages
 * (lines 48 and 470) have a sender but no recipients; wholly redacted recipients are not people.
 */
@QuarkusTest
class GraphTest {

    private static final String ELON = "elon-musk";
    private static final String GREG = "greg-brockman";
    private static final String ILYA = "ilya-sutskever";
    private static final String SAM = "sam-altman";
    private static final String SHIVON = "shivon-zilis";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Node(String id, String name, long messagesSent, long messagesReceived) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String source, String target, long to, long cc, long total) {
    }

    @Test
    void countsEveryMessageBySenderAndRecipient() {
        // Elon's 13 "From:" lines. To Greg: 209, 229, 239, 380, 496; Greg in Cc: 75, 144, 150, 259, 345, 355.
        // To Ilya: 75, 144, 150, 209, 239, 259, 345, 355, 380, 496; Ilya in Cc: 229.
        // To Sam: 41, 239, 380, 463; Sam in Cc: 75, 345, 355, 496. Shivon only in Cc: 239, 345, 355, 380, 496.
        // Greg (216, 392): To Elon both; Ilya in Cc of both; Sam and Shivon in Cc of 392.
        // Ilya (89, 101, 157, 303): To Elon all four; Greg To in 101, 157, 303, Cc in 89; Sam To in 303, Cc in 89.
        // Sam (361; 48 and 470 are quoted only): To Elon and Ilya; Greg and Shivon in Cc.
        assertThat(graph().links()).containsExactlyInAnyOrder(
                new Link(ELON, GREG, 5, 6, 11), new Link(ELON, ILYA, 10, 1, 11), new Link(ELON, SAM, 4, 4, 8),
                new Link(ELON, SHIVON, 0, 5, 5),
                new Link(GREG, ELON, 2, 0, 2), new Link(GREG, ILYA, 0, 2, 2), new Link(GREG, SAM, 0, 1, 1),
                new Link(GREG, SHIVON, 0, 1, 1),
                new Link(ILYA, ELON, 4, 0, 4), new Link(ILYA, GREG, 3, 1, 4), new Link(ILYA, SAM, 1, 1, 2),
                new Link(SAM, ELON, 1, 0, 1), new Link(SAM, ILYA, 1, 0, 1), new Link(SAM, GREG, 0, 1, 1),
                new Link(SAM, SHIVON, 0, 1, 1));
    }

    @Test
    void nodesCountMessagesSentAndReceived() {
        // Received = messages naming the person in To or Cc. Sam sent 3: 361 and the quoted 48 and 470.
        assertThat(graph().nodes()).containsExactlyInAnyOrder(
                new Node(ELON, "Elon Musk", 13, 7),
                new Node(GREG, "Greg Brockman", 2, 16),
                new Node(ILYA, "Ilya Sutskever", 4, 14),
                new Node(SAM, "Sam Altman", 3, 11),
                new Node(SHIVON, "Shivon Zilis", 0, 7));
    }

    @Test
    void shivonSendsNothingAndHasNoOutgoingLinks() {
        Graph graph = graph();

        assertThat(graph.links()).noneMatch(link -> link.source().equals(SHIVON));
        assertThat(graph.links()).filteredOn(link -> link.target().equals(SHIVON)).extracting(Link::to).containsOnly(0L);
    }

    @Test
    void redactedRecipientsAreNotPeople() {
        Graph graph = graph();
        List<String> people = given().queryParam("limit", 500).get("/api/people").jsonPath().getList("items.id", String.class);

        // Jared Birchall is only mentioned in the narrative: not a node.
        assertThat(graph.nodes()).extracting(Node::id).isSubsetOf(people).doesNotContain("jared-birchall")
                .noneMatch(id -> id == null || id.contains("redacted"));
        assertThat(graph.nodes()).extracting(Node::name).noneMatch(name -> name.contains("redacted"));
        assertThat(graph.links()).allSatisfy(link -> assertThat(List.of(link.source(), link.target()))
                .isSubsetOf(graph.nodes().stream().map(Node::id).toList()));
    }

    @Test
    void windowOf2018CountsOnlyThatYearsMessages() {
        // 380 and 392 (Jan 31), 463 and the quoted 470 (Dec 17), 496 (Dec 26).
        Graph graph = graph("after", "2018-01-01", "before", "2019-01-01");

        assertThat(graph.nodes()).containsExactlyInAnyOrder(new Node(ELON, "Elon Musk", 3, 1),
                new Node(GREG, "Greg Brockman", 1, 2), new Node(ILYA, "Ilya Sutskever", 0, 3),
                new Node(SAM, "Sam Altman", 1, 4), new Node(SHIVON, "Shivon Zilis", 0, 3));
        assertThat(graph.links()).containsExactlyInAnyOrder(
                new Link(ELON, GREG, 2, 0, 2), new Link(ELON, ILYA, 2, 0, 2), new Link(ELON, SAM, 2, 1, 3),
                new Link(ELON, SHIVON, 0, 2, 2),
                new Link(GREG, ELON, 1, 0, 1), new Link(GREG, ILYA, 0, 1, 1), new Link(GREG, SAM, 0, 1, 1),
                new Link(GREG, SHIVON, 0, 1, 1));
    }

    @Test
    void afterIsInclusiveAndBeforeExclusive() {
        // Lines 345, 355 and 361 are all dated Wed, Sep 20, 2017 at 2:17 PM; 303 at 2:08 PM.
        Graph minute = graph("after", "2017-09-20T14:17", "before", "2017-09-20T14:18");
        assertThat(minute.nodes()).extracting(Node::id, Node::messagesSent).contains(
                tuple(ELON, 2L), tuple(SAM, 1L));
        assertThat(minute.links()).contains(new Link(ELON, ILYA, 2, 0, 2), new Link(SAM, ELON, 1, 0, 1));

        Graph before = graph("after", "2017-09-20T14:08", "before", "2017-09-20T14:17");
        assertThat(before.nodes()).extracting(Node::id, Node::messagesSent)
                .containsExactlyInAnyOrder(tuple(ILYA, 1L),
                        tuple(ELON, 0L), tuple(SAM, 0L),
                        tuple(GREG, 0L));
    }

    @Test
    void aWindowWithoutMessagesIsEmpty() {
        Graph graph = graph("after", "2019-01-01");

        assertThat(graph.nodes()).isEmpty();
        assertThat(graph.links()).isEmpty();
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        given().queryParam("after", "2018-01-01").queryParam("before", "2017-01-01").get("/api/graph").then()
                .statusCode(400).contentType("application/problem+json");
    }

    record Graph(List<Node> nodes, List<Link> links) {
    }

    private static Graph graph(String... query) {
        RequestSpecification request = given();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        JsonPath body = request.get("/api/graph").then().statusCode(200).contentType("application/json").extract().jsonPath();
        return new Graph(body.getList("nodes", Node.class), body.getList("links", Link.class));
    }
}
