package io.github.muskopenai.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A page costs a fixed number of SQL statements whatever its size: relations are fetched in
 * batches, not once per row (the test profile turns Hibernate statistics on).
 */
@QuarkusTest
class StatementCountTest {

    /**
     * The corpus state read first (for the ETag), count, page keys, the rows, one batch per
     * collection of a message (recipients, quotes both ways, redactions, link placeholders,
     * sources), the people's names, and for filters one person lookup and one check of q.
     */
    private static final long MAX_STATEMENTS_PER_PAGE = 13;
    private static final int SMALL_PAGE = 2;
    private static final int FULL_PAGE = 50;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void pageOfMessagesCostsTheSameStatementsWhateverItsSize() {
        long small = statementsFor("/api/messages", SMALL_PAGE);
        long full = statementsFor("/api/messages", FULL_PAGE);
        assertThat(full).as("statements for %d messages vs %d", FULL_PAGE, SMALL_PAGE).isEqualTo(small);
        assertThat(full).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }

    @Test
    void filteredPageOfMessagesCostsTheSameStatementsWhateverItsSize() {
        long small = statementsFor("/api/messages", SMALL_PAGE, "participant", "sam", "q", "OpenAI");
        long full = statementsFor("/api/messages", FULL_PAGE, "participant", "sam", "q", "OpenAI");
        assertThat(full).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }

    @Test
    void pagesOfPeopleThreadsAndEventsCostTheSameStatementsWhateverTheirSize() {
        for (String list : new String[] {"/api/people", "/api/threads", "/api/events"}) {
            long small = statementsFor(list, SMALL_PAGE);
            long full = statementsFor(list, FULL_PAGE);
            assertThat(full).as("statements for a page of %s", list).isEqualTo(small)
                    .isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
        }
    }

    private long statementsFor(String path, int limit, String... query) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).as("quarkus.hibernate-orm.statistics in the test profile").isTrue();
        statistics.clear();
        int items = Pages.with(query).queryParam("limit", limit).get(path).then().statusCode(200).extract().jsonPath()
                .getList("items").size();
        assertThat(items).as("a page of %s with limit %d", path, limit).isPositive();
        return statistics.getPrepareStatementCount();
    }
}
