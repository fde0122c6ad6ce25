package io.github.muskopenai.archive.hardening;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.muskopenai.archive.hardening.ApiSurface.Endpoint;
import io.github.muskopenai.archive.hardening.ApiSurface.Param;

/**
 * Generates requests against the documented API from one {@link Random}: valid, boundary and
 * hostile values for every documented parameter, repeated and unknown parameters, forged cursors,
 * wrong methods and odd Accept headers. The same seed always gives the same requests.
 */
final class FuzzRequests {

    /** One generated request; {@code parameters} are the (decoded) query parameter names it sends. */
    record FuzzRequest(String method, String uri, Map<String, String> headers, String body, Endpoint endpoint,
            Set<String> parameters) {

        @Override
        public String toString() {
            return method + " " + uri + " " + headers + (body == null ? "" : " body=" + body.length() + " chars");
        }
    }

    /** A real cursor and the query parameters of the request that issued it. */
    record SampleCursor(String endpoint, String baseQuery, String cursor) {
    }

    static final List<String> HOSTILE = List.of("' or 1=1--", "'; DROP TABLE message; --", "1' UNION SELECT usename FROM pg_user--",
            "\" OR \"\"=\"", "a & | !(", "\"unterminated", "!!", "(((", "a:*", "a <-> b", "-", "or", "\\", "\\'", "%", "_",
            "%_%", "\u0000", "a\u0000b", "\u202Eevil\u202C", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
            "\uD83D\uDE00\uD83D\uDD25\uD83D\uDC68\u200D\uD83D\uDC69", "\uFEFFbom", "e\u0301", "\t\n\r", " ", "", "null", "NaN",
            "[]", "{}", "${jndi:ldap://x/a}", "<script>alert(1)</script>", "../../etc/passwd", "..\\..\\win.ini",
            "/etc/passwd", "x".repeat(10_000), "\u00e9".repeat(5_000), "y".repeat(500), "z".repeat(501));
    static final List<String> BOUNDARY = List.of("0", "1", "500", "501", "-1", "2147483647", "2147483648", "-2147483649",
            "1e100", "1.5", "0x10", "+5", " 5 ", "\uFF15\uFF10", "00050", "9".repeat(40), "0000-01-01", "9999-12-31",
            "2017-02-29", "2016-02-29", "2017-09-20T24:00", "2017-09-20T14:17:60", "+999999999-12-31", "2017-9-2",
            "2017-09-20T14:17:00.5", "2017-09-20T14:17:00Z", "-2017-09-20");
    /** Already percent-encoded: invalid UTF-8, overlong and double encodings, control bytes. */
    static final List<String> RAW_ESCAPES = List.of("%00", "%FF", "%C3%28", "%ED%A0%80", "%C0%AF", "%2e%2e%2f",
            "%252e%252e%252f", "%E2%80%AE", "%F4%90%80%80", "+", "%2B", "%26", "%3D", "%23", "%0d%0aX-Injected:%201", "%7F",
            "%E0%80%80", "%FE%FF");
    static final List<String> FORGED_KEYS = List.of("\u0000", "a\u0000", "1e999999999", "-1e-999999999", "NaN", "Infinity",
            "+999999999-12-31T23:59", "-999999999-01-01", "+999999999-12-31", "99999999999", "", "x".repeat(300));
    static final List<String> UNKNOWN_NAMES = List.of("foo", "LIMIT", "limit ", "id", "_", "_cache", "q[]", "%", "\u0000",
            "page", "offset", "format ");
    static final List<String> ACCEPTS = List.of("application/json", "application/xml", "text/csv", "text/plain", "text/html",
            "*/*", "application/*", "garbage", "!!!", "text/csv;q=0", "application/json;q=abc", "a/b/c", ";;;", "*/json",
            "application/problem+json", "application/json, text/csv;q=0.9", "text/csv; charset=ebcdic");
    static final List<String> WRITES = List.of("POST", "PUT", "DELETE", "PATCH");
    static final List<String> BODY_TYPES = List.of("application/json", "application/xml", "text/plain",
            "application/x-www-form-urlencoded", "garbage/garbage");
    private static final int BIG = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiSurface api;
    private final Map<String, List<String>> idsByCollection;
    private final List<String> allIds;
    private final List<SampleCursor> cursors;
    private final Random random;

    FuzzRequests(ApiSurface api, Map<String, List<String>> idsByCollection, List<SampleCursor> cursors, Random random) {
        this.api = api;
        this.idsByCollection = idsByCollection;
        this.allIds = idsByCollection.values().stream().flatMap(List::stream).toList();
        this.cursors = cursors;
        this.random = random;
    }

    FuzzRequest next() {
        Endpoint endpoint = pick(api.endpoints());
        Map<String, String> headers = headers();
        String method = method();
        String body = null;
        if (WRITES.contains(method) && random.nextBoolean()) {
            body = pick(List.of("{}", "<a/>", "a=b", "[" + "1,".repeat(2_000) + "1]", "\u0000"));
            headers.put("Content-Type", pick(BODY_TYPES));
        }
        boolean[] big = {false};
        Set<String> names = new LinkedHashSet<>();
        StringBuilder query = new StringBuilder();
        if (random.nextInt(20) == 0 && endpoint.declares("cursor")) {
            cursorProbe(endpoint, query, names);
        } else {
            for (Param param : endpoint.queryParams()) {
                if (random.nextInt(endpoint.queryParams().size() + 1) < 2) {
                    int times = param.repeatable() || random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 1;
                    for (int i = 0; i < times; i++) {
                        add(query, names, param.name(), value(endpoint, param, big));
                    }
                }
            }
            if (random.nextInt(10) == 0) {
                add(query, names, pick(UNKNOWN_NAMES), pick(HOSTILE.subList(0, 10)));
            }
        }
        return new FuzzRequest(method, path(endpoint, big) + (query.isEmpty() ? "" : "?" + query), headers, body, endpoint,
                names);
    }

    private String method() {
        int roll = random.nextInt(100);
        return roll < 80 ? "GET" : roll < 88 ? "HEAD" : pick(WRITES);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (random.nextInt(3) == 0) {
            headers.put("Accept", pick(ACCEPTS));
        }
        if (random.nextInt(20) == 0) {
            headers.put("If-None-Match", pick(List.of("*", "\"abc\"", "W/\"x\"", ",,,", "\"")));
        }
        if (random.nextInt(20) == 0) {
            headers.put("Origin", pick(List.of("https://evil.example", "null", "x")));
        }
        return headers;
    }

    private String path(Endpoint endpoint, boolean[] big) {
        String path = endpoint.path();
        for (Param param : endpoint.pathParams()) {
            List<String> ids = idsByCollection.getOrDefault(endpoint.collection(), List.of());
            int roll = random.nextInt(10);
            String segment;
            if (roll < 5 && !ids.isEmpty()) {
                segment = encode(pick(ids));
            } else if (roll < 6) {
                segment = pick(List.of("../../etc/passwd", "..", ".", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "", "%2F"));
            } else if (roll < 7) {
                segment = pick(RAW_ESCAPES) + (ids.isEmpty() ? "" : encode(pick(ids)));
            } else {
                segment = encode(bounded(pick(roll < 9 ? HOSTILE : BOUNDARY), big));
            }
            path = path.replace("{" + param.name() + "}", segment);
        }
        return path;
    }

    private String value(Endpoint endpoint, Param param, boolean[] big) {
        if (random.nextInt(20) == 0) {
            return null; // a raw, already-encoded escape sequence instead
        }
        int roll = random.nextInt(10);
        if (roll < 4) {
            return valid(endpoint, param);
        }
        return bounded(pick(roll < 6 ? BOUNDARY : HOSTILE), big);
    }

    /** At most one value per request is longer than {@link #BIG}, so the request line stays under the server's limit. */
    private String bounded(String value, boolean[] big) {
        if (value.length() <= BIG) {
            return value;
        }
        if (big[0]) {
            return value.substring(0, BIG);
        }
        big[0] = true;
        return value;
    }

    private String valid(Endpoint endpoint, Param param) {
        if (param.name().equals("cursor")) {
            return cursor(endpoint);
        }
        return switch (param.type()) {
            case "integer" -> Integer.toString(1 + random.nextInt(500));
            case "boolean" -> Boolean.toString(random.nextBoolean());
            default -> {
                List<String> candidates = new ArrayList<>(param.examples());
                if (candidates.stream().anyMatch(e -> e.matches("\\d{4}-\\d{2}-\\d{2}.*"))) {
                    yield String.format("%d-%02d-%02d", 2015 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            + (random.nextBoolean() ? "" : String.format("T%02d:%02d", random.nextInt(24), random.nextInt(60)));
                }
                candidates.add(pick(allIds));
                yield pick(candidates);
            }
        };
    }

    /** A real cursor of this or another list, truncated, random bytes, or one forged with this list's fingerprint. */
    private String cursor(Endpoint endpoint) {
        List<SampleCursor> own = cursors.stream().filter(c -> c.endpoint().equals(endpoint.path())).toList();
        SampleCursor sample = pick(own.isEmpty() ? cursors : own);
        byte[] bytes = new byte[1 + random.nextInt(60)];
        random.nextBytes(bytes);
        return switch (random.nextInt(6)) {
            case 0 -> sample.cursor();
            case 1 -> pick(cursors).cursor();
            case 2 -> sample.cursor().substring(0, random.nextInt(sample.cursor().length()));
            case 3 -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            case 4 -> Base64.getEncoder().encodeToString(("[\"c1\"," + new String(bytes, StandardCharsets.ISO_8859_1) + "]")
                    .getBytes(StandardCharsets.UTF_8));
            default -> forged(sample.cursor());
        };
    }

    /** Only the parameters that issued a real cursor, and a cursor based on it: reaches the keyset query itself. */
    private void cursorProbe(Endpoint endpoint, StringBuilder query, Set<String> names) {
        List<SampleCursor> own = cursors.stream().filter(c -> c.endpoint().equals(endpoint.path())).toList();
        if (own.isEmpty()) {
            return;
        }
        SampleCursor sample = pick(own);
        if (!sample.baseQuery().isEmpty()) {
            query.append(sample.baseQuery());
            for (String pair : sample.baseQuery().split("&")) {
                names.add(pair.substring(0, pair.indexOf('=')));
            }
        }
        add(query, names, "cursor", random.nextInt(4) == 0 ? sample.cursor() : forged(sample.cursor()));
    }

    /** Keeps the version and the query fingerprint of a real cursor and replaces its sort-key values. */
    private String forged(String cursor) {
        try {
            List<?> parts = JSON.readValue(Base64.getUrlDecoder().decode(cursor), List.class);
            List<Object> forged = new ArrayList<>(parts.subList(0, 2));
            int keys = random.nextInt(8) == 0 ? random.nextInt(4) : parts.size() - 2;
            for (int i = 0; i < keys; i++) {
                forged.add(random.nextBoolean() && i + 2 < parts.size() ? parts.get(i + 2) : pick(FORGED_KEYS));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(forged));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a cursor of this API: " + cursor, e);
        }
    }

    private void add(StringBuilder query, Set<String> names, String name, String value) {
        query.append(query.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(value == null ? pick(RAW_ESCAPES) : encode(value));
        names.add(name);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
