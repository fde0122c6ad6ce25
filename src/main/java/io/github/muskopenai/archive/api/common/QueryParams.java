package io.github.muskopenai.archive.api.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.muskopenai.archive.domain.query.InvalidQueryException;
import io.github.muskopenai.archive.domain.query.PageRequest;
import io.github.muskopenai.archive.domain.query.QueryProblem;
import io.github.muskopenai.archive.domain.query.SortSpec;

/**
 * Reads raw query parameter strings into typed values, collecting a problem per bad parameter
 * so that a request with several mistakes hears about all of them in one 400.
 */
public final class QueryParams {

    /** Bounds that keep hostile input cheap: values longer than this are refused, not searched. */
    public static final int MAX_VALUE_LENGTH = 500;
    public static final int MAX_VALUES = 50;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern ZONED = Pattern.compile(".*(Z|[+-]\\d{2}(:?\\d{2})?)$");

    private final List<QueryProblem> problems = new ArrayList<>();

    public PageRequest page(String limit, String sort, Map<String, SortSpec> sorts, String cursor) {
        return new PageRequest(limit(limit), sort(sort, sorts), text("cursor", cursor));
    }

    public int limit(String raw) {
        if (raw == null) {
            return PageRequest.DEFAULT_LIMIT;
        }
        String digits = raw.strip();
        if (digits.matches("[0-9]{1,3}")) {
            int limit = Integer.parseInt(digits);
            if (limit >= 1 && limit <= PageRequest.MAX_LIMIT) {
                return limit;
            }
        }
        problem("limit", "must be an integer from 1 to " + PageRequest.MAX_LIMIT + " (default " + PageRequest.DEFAULT_LIMIT + ")");
        return PageRequest.DEFAULT_LIMIT;
    }

    public SortSpec sort(String raw, Map<String, SortSpec> sorts) {
        if (raw == null) {
            return sorts.values().iterator().next();
        }
        SortSpec sort = sorts.get(raw.strip());
        if (sort == null) {
            problem("sort", "must be one of " + String.join(", ", sorts.keySet()));
            return sorts.values().iterator().next();
        }
        return sort;
    }

    /** A trimmed, bounded text value; null when absent. An empty value is a problem. */
    public String text(String parameter, String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            problem(parameter, "must not be empty");
            return null;
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            problem(parameter, "is longer than " + MAX_VALUE_LENGTH + " characters");
            return null;
        }
        return value;
    }

    /** A repeatable parameter: each value bounded and non-empty. */
    public List<String> list(String parameter, List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        if (raw.size() > MAX_VALUES) {
            problem(parameter, "is repeated more than " + MAX_VALUES + " times");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : raw) {
            String text = text(parameter, value);
            if (text != null) {
                values.add(text);
            }
        }
        return values;
    }

    /** A repeatable parameter whose values must come from a fixed set. */
    public List<String> choices(String parameter, List<String> raw, List<String> allowed) {
        List<String> values = new ArrayList<>();
        for (String value : list(parameter, raw)) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (allowed.contains(lower)) {
                values.add(lower);
            } else {
                problem(parameter, "must be one of " + String.join(", ", allowed) + " (got \"" + value + "\")");
            }
        }
        return values;
    }

    public Boolean bool(String parameter, String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problem(parameter, "must be true or false");
                yield null;
            }
        };
    }

    /** An ISO date (midnight) or local date-time; the corpus states no zones, so none is accepted. */
    public LocalDateTime dateTime(String parameter, String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value).atStartOfDay();
            }
            if (LOCAL_DATE_TIME.matcher(value).matches()) {
                return LocalDateTime.parse(value);
            }
        } catch (DateTimeParseException e) {
            problem(parameter, "\"" + value + "\" is not a valid date");
            return null;
        }
        problem(parameter, ZONED.matcher(value).matches()
                ? "the corpus states no time zones: give a local date (2017-09-20) or date-time (2017-09-20T14:17) without a zone"
                : "must be a date (2017-09-20) or a local date-time (2017-09-20T14:17)");
        return null;
    }

    public LocalDate date(String parameter, String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(parameter, "\"" + value + "\" is not a valid date");
                return null;
            }
        }
        problem(parameter, "must be a date like 2017-09-20");
        return null;
    }

    /** {@code after} must come before {@code before} when both are given. */
    public <T extends Comparable<T>> void window(T after, T before) {
        if (after != null && before != null && after.compareTo(before) >= 0) {
            problem("before", "must be later than after (after is inclusive, before exclusive)");
        }
    }

    public void problem(String parameter, String message) {
        problems.add(new QueryProblem(parameter, message));
    }

    /** Throws the collected problems, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }
    }
}
