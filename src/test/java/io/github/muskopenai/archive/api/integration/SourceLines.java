package io.github.muskopenai.archive.api.integration;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.restassured.path.json.JsonPath;

/**
 * Records of the document named by the line they start on, read off it with {@code cat -n}: a
 * message by its "From:" line (or, known only as quoted, its "On …, X wrote:" line), a timeline
 * item by its list line, a dated statement by its line. The API reports it as {@code source.firstLine};
 * ids are content hashes, so the tests look them up instead of hard-coding them.
 */
final class SourceLines {

    // Messages
    static final int AI_DOCS_ELON = 41;
    static final int AI_DOCS_SAM_QUOTED = 48;
    static final int FOLLOWUP_ELON = 75;
    static final int FOLLOWUP_ILYA = 89;
    static final int BIWEEKLY_ILYA = 101;
    static final int BUSINESS_OF_AGI_ILYA = 157;
    static final int TOMORROW_ELON = 239;
    static final int CURRENT_STATE_ELON = 259;
    static final int HONEST_ILYA = 303;
    static final int HONEST_ELON_FINAL_STRAW = 345;
    static final int HONEST_ELON_TO_BE_CLEAR = 355;
    static final int TOP_AI_ELON = 380;
    static final int TOP_AI_GREG = 392;
    static final int REITERATE_ELON = 496;

    // Events
    static final int TIMELINE_SUMMER_2017 = 19;
    static final int TIMELINE_FALL_2017 = 20;
    static final int STATEMENT_JULY_13_2017 = 198;
    static final int STATEMENT_SEPTEMBER_4_2017 = 251;
    static final int STATEMENT_SEPTEMBER_12_2017 = 256;

    private SourceLines() {
    }

    /** Message id by the line its record starts on. */
    static Map<Integer, String> messageIds() {
        return idsByFirstLine("/api/messages");
    }

    /** Event id by the line its record starts on. */
    static Map<Integer, String> eventIds() {
        return idsByFirstLine("/api/events");
    }

    private static Map<Integer, String> idsByFirstLine(String path) {
        JsonPath body = given().queryParam("limit", 500).get(path).then().statusCode(200).extract().jsonPath();
        List<String> ids = body.getList("items.id", String.class);
        List<Integer> lines = body.getList("items.source.firstLine", Integer.class);
        return IntStream.range(0, ids.size()).boxed()
                .collect(Collectors.toMap(lines::get, ids::get));
    }
}
