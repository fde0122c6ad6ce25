package io.github.muskopenai.archive.domain.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One way to sort a list: its public name (e.g. {@code -sentAt}), the SQL expressions it orders
 * by, ending with a unique tie-breaker, and the direction.
 */
public record SortSpec(String name, List<Key> keys, boolean descending) {

    /** A SQL expression of the sort and its type. */
    public record Key(String sql, KeyType type) {
    }

    public static SortSpec ascending(String name, Key... keys) {
        return new SortSpec(name, List.of(keys), false);
    }

    public static SortSpec descending(String name, Key... keys) {
        return new SortSpec(name, List.of(keys), true);
    }

    /** The specs by public name, in the given order (the first is a list's default). */
    public static Map<String, SortSpec> byName(SortSpec... specs) {
        Map<String, SortSpec> sorts = new LinkedHashMap<>();
        for (SortSpec spec : specs) {
            sorts.put(spec.name(), spec);
        }
        return Collections.unmodifiableMap(sorts);
    }

    public static Key key(String sql, KeyType type) {
        return new Key(sql, type);
    }

    public String orderBy() {
        StringBuilder order = new StringBuilder(" order by ");
        for (int i = 0; i < keys.size(); i++) {
            order.append(i > 0 ? ", " : "").append(keys.get(i).sql()).append(descending ? " desc" : "");
        }
        return order.toString();
    }

    /** The row comparison that keeps only rows after the cursor's position. */
    String after() {
        StringBuilder row = new StringBuilder("(");
        StringBuilder params = new StringBuilder("(");
        for (int i = 0; i < keys.size(); i++) {
            row.append(i > 0 ? ", " : "").append(keys.get(i).sql());
            params.append(i > 0 ? ", " : "").append('?');
        }
        return row + ") " + (descending ? "<" : ">") + " " + params + ")";
    }
}
