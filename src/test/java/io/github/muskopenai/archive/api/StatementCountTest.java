package io.github.muskopenai.archive.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A request costs a fixed number of SQL statements whatever the size of its answer: relations
 * are fetched in batches or aggregated in the statement, never once per row. Counted as the
 * statements the JDBC driver sends, so the reads over plain JDBC count as much as Hibernate's.
 */
@QuarkusTest
class StatementCountTest {

    /** Transaction begin and commit, and the corpus state read first (for the ETag). */
    private static final long FRAME = 3;
    /**
     * A whole message (row, collections, people's names) is one statement, and nothing else: it
     * reads the corpus state itself, and one statement needs no transaction.
     */
    private static final long MESSAGE_BY_ID = 1;
    /** A person with aliases and correspondents is one statement, as a message is. */
    private static final long PERSON_BY_ID = 1;
    /**
     * Count, keys and whole rows of a page (messages, events), with the corpus state, are one
     * statement and nothing else; filters resolve people and check q inside it.
     */
    private static final long PAGE = 1;
    private static final long FILTERED_PAGE = 1;
    /**
     * A page of search hits of one record type: the hits' total, the page's keys and the check of
     * q in one statement (the ranked hits computed once for both), then the page's titles and
     * snippets; in the frame.
     */
    private static final long SEARCH_ONE_TYPE = FRAME + 2;
    /** Count, page keys, the rows and one batch per collection (people, threads). */
    private static final long MAX_OTHER_PAGE = 13;
    /** Has an alias (Elon) and several correspondents in the document. */
    private static final String ELON = "elon-musk";
    private static final int SMALL_PAGE = 2;
    private static final int FULL_PAGE = 50;

    @Test
    void aMessageIsOneStatement() {
        String id = Pages.with().queryParam("limit", 1).get("/api/messages").then().statusCode(200).extract()
                .jsonPath().getString("items[0].id");
        given().get("/api/messages/{id}", id).then().statusCode(200);
        try (DriverStatements statements = new DriverStatements()) {
            given().get("/api/messages/{id}", id).then().statusCode(200);
            assertThat(statements.count()).isEqualTo(MESSAGE_BY_ID);
        }
    }

    @Test
    void aPersonWithTheirCorrespondentsIsOneStatement() {
        given().get("/api/people/{id}", ELON).then().statusCode(200);
        try (DriverStatements statements = new DriverStatements()) {
            given().get("/api/people/{id}", ELON).then().statusCode(200)
                    .body("correspondents.size()", greaterThan(1))
                    .body("aliases.size()", greaterThan(0));
            assertThat(statements.count()).isEqualTo(PERSON_BY_ID);
        }
    }

    @Test
    void pageOfMessagesCostsTheSameStatementsWhateverItsSize() {
        assertThat(statementsFor("/api/messages", SMALL_PAGE)).isEqualTo(PAGE);
        assertThat(statementsFor("/api/messages", FULL_PAGE)).isEqualTo(PAGE);
    }

    @Test
    void filteredPageOfMessagesCostsTheSameStatementsWhateverItsSize() {
        assertThat(statementsFor("/api/messages", SMALL_PAGE, "participant", "sam", "q", "OpenAI"))
                .isEqualTo(FILTERED_PAGE);
        assertThat(statementsFor("/api/messages", FULL_PAGE, "participant", "sam", "q", "OpenAI"))
                .isEqualTo(FILTERED_PAGE);
    }

    @Test
    void pageOfEventsCostsTheSameStatementsWhateverItsSize() {
        assertThat(statementsFor("/api/events", SMALL_PAGE)).isEqualTo(PAGE);
        assertThat(statementsFor("/api/events", FULL_PAGE)).isEqualTo(PAGE);
    }

    @Test
    void filteredPageOfEventsCostsTheSameStatementsWhateverItsSize() {
        assertThat(statementsFor("/api/events", SMALL_PAGE, "person", ELON, "q", "OpenAI"))
                .isEqualTo(FILTERED_PAGE);
        assertThat(statementsFor("/api/events", FULL_PAGE, "person", ELON, "q", "OpenAI"))
                .isEqualTo(FILTERED_PAGE);
    }

    @Test
    void pageOfSearchHitsCostsTheSameStatementsWhateverItsSize() {
        assertThat(statementsFor("/api/search", SMALL_PAGE, "q", "OpenAI", "type", "message")).isEqualTo(SEARCH_ONE_TYPE);
        assertThat(statementsFor("/api/search", FULL_PAGE, "q", "OpenAI", "type", "message")).isEqualTo(SEARCH_ONE_TYPE);
    }

    @Test
    void pagesOfPeopleAndThreadsCostTheSameStatementsWhateverTheirSize() {
        for (String list : new String[] {"/api/people", "/api/threads"}) {
            long small = statementsFor(list, SMALL_PAGE);
            long full = statementsFor(list, FULL_PAGE);
            assertThat(full).as("statements for a page of %s", list).isEqualTo(small)
                    .isGreaterThan(FRAME).isLessThanOrEqualTo(MAX_OTHER_PAGE);
        }
    }

    private static long statementsFor(String path, int limit, String... query) {
        RequestSpecification request = Pages.with(query).queryParam("limit", limit);
        // Once uncounted: the driver looks up column metadata the first time a connection reads
        // a result set of a new shape, and caches it.
        request.get(path).then().statusCode(200);
        try (DriverStatements statements = new DriverStatements()) {
            int items = request.get(path).then().statusCode(200).extract().jsonPath().getList("items").size();
            assertThat(items).as("a page of %s with limit %d", path, limit).isPositive();
            return statements.count();
        }
    }
}
