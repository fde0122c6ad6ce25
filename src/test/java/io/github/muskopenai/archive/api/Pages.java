package io.github.muskopenai.archive.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Reads whole lists by following {@code nextCursor} from page to page. */
final class Pages {

    /** Small enough that every list of the document spans several pages. */
    static final int SMALL_LIMIT = 4;
    /** More pages than any list of this document can need at limit 1; stops a cursor loop. */
    private static final int MAX_PAGES = 200;

    private Pages() {
    }

    /**
     * Every item of a list, in order.
     *
     * @param query name/value pairs; a name given twice is sent twice (the API ORs repeated values)
     */
    static <T> List<T> all(String path, Class<T> type, String... query) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            RequestSpecification request = with(query).queryParam("limit", SMALL_LIMIT);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath body = request.when().get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(body.getList("items", type));
            cursor = body.getString("nextCursor");
            if (cursor == null) {
                return items;
            }
        }
        throw new AssertionError(path + " still had a next page after " + MAX_PAGES + " pages");
    }

    /** A request with the query parameters given as name/value pairs. */
    static RequestSpecification with(String... query) {
        if (query.length % 2 != 0) {
            throw new IllegalArgumentException("query parameters come in name/value pairs");
        }
        RequestSpecification request = given();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request;
    }
}
