package io.github.muskopenai.archive.domain.query;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Query;

/**
 * The WHERE part of a native query, built from conditions whose values are always bound as
 * parameters ({@code ?} in a condition becomes a named parameter), never concatenated.
 */
public final class NativeSql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code condition}; each {@code ?} in it takes the next of {@code args}. */
    public NativeSql and(String condition, Object... args) {
        StringBuilder named = new StringBuilder();
        int arg = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '?') {
                values.add(args[arg++]);
                named.append(":p").append(values.size());
            } else {
                named.append(c);
            }
        }
        if (arg != args.length) {
            throw new IllegalArgumentException("placeholders and values differ in " + condition);
        }
        conditions.add(named.toString());
        return this;
    }

    /** " where a and b", or "" without conditions. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter("p" + (i + 1), values.get(i));
        }
        return query;
    }

    /** A copy, so one filter can serve the count and the page query with different extra conditions. */
    public NativeSql copy() {
        NativeSql copy = new NativeSql();
        copy.conditions.addAll(conditions);
        copy.values.addAll(values);
        return copy;
    }

    /** Escapes LIKE wildcards in user input, for {@code ilike ? escape '\'}. */
    public static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
