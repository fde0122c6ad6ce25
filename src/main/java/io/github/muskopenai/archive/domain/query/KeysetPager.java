package io.github.muskopenai.archive.domain.query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;


/**
 * Keyset pagination over a native query: the total and the keys of the page ({@link #page}; in
 * one statement that computes the rows once, {@link #pageOfComputed}), or the total and the
 * page's whole rows in one statement ({@link #rows}). The page asks for one row
 * more than the limit to know whether there is a next page; the cursor holds the last row's sort
 * keys, so walking every page returns every row once.
 */
public final class KeysetPager {

    private static final String TOTAL = "total";
    private static final String STAMP = "stamp";
    private static final String ORD = "page_position";

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
        SortSpec sort = request.sort();
        NativeSql page = afterCursor(filter, request, fingerprint);
        String countSql = "select count(*) from " + from + filter.jdbcWhere();
        String pageSql = "select " + keyColumns(sort) + " from " + from + page.jdbcWhere() + sort.orderBy()
                + " limit " + (request.limit() + 1);
        int columns = sort.keys().size();
        // Both statements run over plain JDBC on the transaction's connection, for the reason Sql gives.
        return Jdbc.session(em).run(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement(countSql)) {
                filter.bindJdbc(count, 1);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Object[]> keys = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(pageSql)) {
                page.bindJdbc(statement, 1);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        keys.add(keys(result, 1, columns));
                    }
                }
            }
            return keysOf(keys, total, request, fingerprint);
        });
    }

    /**
     * As {@link #page}, in ONE statement that computes the rows once: {@code rows} becomes a
     * materialized CTE named {@code alias}, from which the total, the page's keys and the filter's
     * {@link ValueChecks} are all read. For rows that are expensive to compute (ranked search
     * hits: each match's tsvector read and ranked), which a count and a page statement would
     * each compute again. When a check fails, the problems are thrown (after the statement).
     *
     * @param rows      a SELECT of the rows, with JDBC placeholders bound from {@code rowValues}
     * @param alias     the name the sort keys and the filter give those rows (e.g. {@code h} for {@code h.rank})
     * @param filter    conditions on the computed rows (none: all of them)
     */
    public static Keys pageOfComputed(EntityManager em, String rows, String alias, NativeSql rowValues,
            NativeSql filter, PageRequest request, String fingerprint) {
        SortSpec sort = request.sort();
        NativeSql page = afterCursor(filter, request, fingerprint);
        int columns = sort.keys().size();
        String sql = "with " + alias + " as materialized (" + rows + ")"
                + " select k." + ORD + pageKeyColumns(columns) + ", t.*"
                + " from (select count(*) as " + TOTAL + filter.checks().columns() + " from " + alias + filter.jdbcWhere() + ") t"
                + " left join lateral (" + numbered(sort, "select " + keyColumns(sort) + " from " + alias
                + page.jdbcWhere() + sort.orderBy() + " limit " + (request.limit() + 1)) + ") k on true order by k." + ORD;
        return Jdbc.session(em).run(connection -> {
            long total = 0;
            boolean first = true;
            List<Object[]> keys = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = rowValues.bindJdbc(statement, 1);
                page.bindJdbc(statement, filter.bindJdbc(statement, filter.checks().bindJdbc(statement, next)));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        if (first) {
                            filter.checks().verify(result);
                            total = result.getLong(TOTAL);
                            first = false;
                        }
                        if (result.getObject(1) == null) {
                            break; // no row on this page: the one result row holds the total only
                        }
                        keys.add(keys(result, 2, columns));
                    }
                }
            }
            return keysOf(keys, total, request, fingerprint);
        });
    }

    /** A page of {@link #rows}, with the stamp the same statement read. */
    public record StampedPage<T>(Page<T> page, String stamp) {
    }

    /**
     * The rows of one page, whole, with the total, in ONE statement: the page's keys (a CTE in
     * sort order), the count, a stamp (the corpus state), the filter's {@link ValueChecks}, and
     * {@code rows}' columns joined to the keys. One statement is one snapshot, so it needs no
     * transaction; and it saves the round trips and the separate planning of a count, a key and a
     * row statement. When a check fails, the problems are thrown (after the statement).
     *
     * @param from   the FROM clause of the keys and the count, e.g. {@code message m}
     * @param rows   the columns read per key and the tables they come from
     * @param stamp  SQL of a value read once, in the statement's snapshot (the corpus state)
     * @param mapper reads {@code rows.columns()} of one row (they come first in the result)
     */
    public static <T> StampedPage<T> rows(Jdbc jdbc, String from, NativeSql filter, PageRequest request,
            String fingerprint, RowSource rows, String stamp, Sql.RowMapper<T> mapper) {
        NativeSql page = afterCursor(filter, request, fingerprint);
        int columns = request.sort().keys().size();
        String sql = rowsSql(from, filter, page, request, rows, stamp);
        return jdbc.run(connection -> {
            long total = 0;
            boolean first = true;
            String stamped = null;
            List<T> items = new ArrayList<>();
            List<Object[]> keys = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                filter.bindJdbc(statement, filter.checks().bindJdbc(statement, page.bindJdbc(statement, 1)));
                try (ResultSet result = statement.executeQuery()) {
                    int totalColumn = result.findColumn(TOTAL);
                    int ordColumn = result.findColumn(ORD);
                    while (result.next()) {
                        if (first) {
                            filter.checks().verify(result);
                            stamped = result.getString(STAMP);
                            first = false;
                        }
                        total = result.getLong(totalColumn);
                        if (result.getObject(ordColumn) == null) {
                            break; // no row on this page: the one result row holds the total only
                        }
                        keys.add(keys(result, ordColumn + 1, columns));
                        if (keys.size() <= request.limit()) {
                            items.add(mapper.map(result));
                        }
                    }
                }
            }
            return new StampedPage<>(new Page<>(items, total, request.limit(), nextCursor(keys, request, fingerprint)),
                    stamped);
        });
    }

    /**
     * The statement of {@link #rows}; its values bind as the page's (keys CTE), the checks', then
     * the filter's (count).
     */
    private static String rowsSql(String from, NativeSql filter, NativeSql page, PageRequest request, RowSource rows,
            String stamp) {
        SortSpec sort = request.sort();
        int columns = sort.keys().size();
        // Not numbered after the limit as a page of computed rows is: for message lists that measured
        // slower in bench/ab.sh (not explained yet; see docs/benchmarks.md).
        return "with page_keys as (select " + keyColumns(sort) + ", row_number() over (" + sort.orderBy().strip()
                + ") as " + ORD + " from " + from + page.jdbcWhere() + sort.orderBy() + " limit " + (request.limit() + 1) + ")"
                + " select " + rows.columns() + ", t.*, k." + ORD + pageKeyColumns(columns)
                + " from (select count(*) as " + TOTAL + ", " + stamp + " as " + STAMP + filter.checks().columns()
                + " from " + from + filter.jdbcWhere() + ") t"
                + " left join (page_keys k join " + rows.from() + " on " + rows.id() + " = k.k" + columns + ") on true"
                + " order by k." + ORD;
    }

    /** Where {@link #rows} reads a page's rows: {@code columns} from {@code from}, joined on {@code id}. */
    public record RowSource(String columns, String from, String id) {
    }

    /** The filter, plus the condition "after the cursor's keys" when the request has a cursor. */
    private static NativeSql afterCursor(NativeSql filter, PageRequest request, String fingerprint) {
        NativeSql page = filter.copy();
        if (request.cursor() != null) {
            SortSpec sort = request.sort();
            Cursor cursor = Cursor.decode(request.cursor(), fingerprint, sort);
            Object[] values = new Object[sort.keys().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = cursor.value(i, sort);
            }
            page.and(sort.after(), values);
        }
        return page;
    }

    /**
     * The page's keys with their positions, numbered after the limit: a window over the limited
     * SELECT itself made PostgreSQL sort every computed row (for a common word's hits, an external
     * sort on disk) where the limit alone lets it keep only the best n + 1.
     */
    private static String numbered(SortSpec sort, String limitedKeys) {
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < sort.keys().size(); i++) {
            order.append(i > 0 ? ", " : "").append("p.k").append(i + 1).append(sort.descending() ? " desc" : "");
        }
        return "select p.*, row_number() over (order by " + order + ") as " + ORD + " from (" + limitedKeys + ") p";
    }

    /** The sort keys as columns k1, k2…: the last one is the id. */
    private static String keyColumns(SortSpec sort) {
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < sort.keys().size(); i++) {
            select.append(i > 0 ? ", " : "").append(sort.keys().get(i).sql()).append(" as k").append(i + 1);
        }
        return select.toString();
    }

    /** ", k.k1, k.k2…": the sort keys as the page_keys subquery {@code k} names them. */
    private static String pageKeyColumns(int columns) {
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            select.append(", k.k").append(i + 1);
        }
        return select.toString();
    }

    private static Object[] keys(ResultSet result, int first, int columns) throws SQLException {
        Object[] keys = new Object[columns];
        for (int i = 0; i < columns; i++) {
            keys[i] = result.getObject(first + i);
        }
        return keys;
    }

    /** The page of keys read (up to limit + 1 rows: the last id column is the record's id). */
    private static Keys keysOf(List<Object[]> keys, long total, PageRequest request, String fingerprint) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(keys.size(), request.limit()); i++) {
            Object[] row = keys.get(i);
            ids.add((String) row[row.length - 1]);
        }
        return new Keys(ids, total, request.limit(), nextCursor(keys, request, fingerprint));
    }

    /** The cursor after the page's last row, when the query read one row more than the limit. */
    private static String nextCursor(List<Object[]> keys, PageRequest request, String fingerprint) {
        if (keys.size() <= request.limit()) {
            return null;
        }
        return new Cursor(fingerprint, keyValues(keys.get(request.limit() - 1))).encode();
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
