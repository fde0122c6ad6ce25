package io.github.muskopenai.archive.domain.query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Keyset pagination over a native query: one statement for the total, one for the keys of the
 * page. The page asks for one row more than the limit to know whether there is a next page;
 * the cursor holds the last row's sort keys, so walking every page returns every row once.
 */
public final class KeysetPager {

    /** The ids of one page, in order, with the total and the next cursor. */
    public record Keys(List<String> ids, long total, int limit, String nextCursor) {

        public <T> Page<T> page(List<T> items) {
            return new Page<>(items, total, limit, nextCursor);
        }
    }

    private KeysetPager() {
    }

    /**
     * @param from        the FROM clause, e.g. {@code message m}
     * @param filter      the query's conditions
     * @param fingerprint identifies the filters and sort, so that a cursor cannot cross queries
     */
    public static Keys page(EntityManager em, String from, NativeSql filter, PageRequest request, String fingerprint) {
        return page(em, from, new NativeSql(), filter, request, fingerprint);
    }

    /**
     * As {@link #page(EntityManager, String, NativeSql, PageRequest, String)}, for a FROM clause
     * with JDBC placeholders of its own, bound from {@code fromValues} before the filter's.
     * <p>
     * Both statements run over plain JDBC on the transaction's connection, for the reason
     * {@link Sql} gives; the count and the page share one binding of the filter's values.
     */
    public static Keys page(EntityManager em, String from, NativeSql fromValues, NativeSql filter, PageRequest request,
            String fingerprint) {
        SortSpec sort = request.sort();
        NativeSql page = filter.copy();
        if (request.cursor() != null) {
            Cursor cursor = Cursor.decode(request.cursor(), fingerprint, sort);
            Object[] values = new Object[sort.keys().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = cursor.value(i, sort);
            }
            page.and(sort.after(), values);
        }
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < sort.keys().size(); i++) {
            select.append(i > 0 ? ", " : "").append(sort.keys().get(i).sql());
        }
        String countSql = "select count(*) from " + from + filter.jdbcWhere();
        String pageSql = select + " from " + from + page.jdbcWhere() + sort.orderBy() + " limit " + (request.limit() + 1);
        int columns = sort.keys().size();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement(countSql)) {
                filter.bindJdbc(count, fromValues.bindJdbc(count, 1));
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(pageSql)) {
                page.bindJdbc(statement, fromValues.bindJdbc(statement, 1));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Object[] keys = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            keys[i] = result.getObject(i + 1);
                        }
                        rows.add(keys);
                    }
                }
            }
            List<String> ids = new ArrayList<>();
            String next = null;
            for (int i = 0; i < Math.min(rows.size(), request.limit()); i++) {
                Object[] keys = rows.get(i);
                ids.add((String) keys[keys.length - 1]);
                if (i == request.limit() - 1 && rows.size() > request.limit()) {
                    next = new Cursor(fingerprint, keyValues(keys)).encode();
                }
            }
            return new Keys(ids, total, request.limit(), next);
        });
    }

    private static List<String> keyValues(Object[] keys) {
        List<String> values = new ArrayList<>();
        for (Object key : keys) {
            if (key instanceof Timestamp t) {
                values.add(t.toLocalDateTime().toString());
            } else if (key instanceof BigDecimal d) {
                values.add(d.toPlainString());
            } else if (key instanceof Date d) {
                values.add(d.toLocalDate().toString());
            } else {
                values.add(String.valueOf(key));
            }
        }
        return values;
    }
}
