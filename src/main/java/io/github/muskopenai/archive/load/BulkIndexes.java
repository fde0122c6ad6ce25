package io.github.muskopenai.archive.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * For a load into empty tables: drops the foreign keys and the secondary indexes, and creates
 * them again after the data is in, which is much faster than maintaining them row by row. The
 * definitions are read from the catalog, so the migrations stay the only place they are written.
 * Everything happens in the load's transaction: a failed load restores them by rolling back.
 */
final class BulkIndexes {

    private final List<String> recreate = new ArrayList<>();

    void drop(Connection connection) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet fks = statement.executeQuery("""
                    select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)
                    from pg_constraint
                    where contype = 'f' and connamespace = current_schema()::regnamespace
                    order by conrelid::regclass::text, conname""")) {
                while (fks.next()) {
                    drops.add("alter table " + fks.getString(1) + " drop constraint " + fks.getString(2));
                    recreate.add("alter table " + fks.getString(1) + " add constraint " + fks.getString(2) + " "
                            + fks.getString(3));
                }
            }
            try (ResultSet indexes = statement.executeQuery("""
                    select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                    from pg_index i join pg_class t on t.oid = i.indrelid
                    where t.relnamespace = current_schema()::regnamespace
                      and t.relname <> 'flyway_schema_history'
                      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                    order by 1""")) {
                List<String> createIndexes = new ArrayList<>();
                while (indexes.next()) {
                    drops.add("drop index " + indexes.getString(1));
                    createIndexes.add(indexes.getString(2));
                }
                recreate.addAll(0, createIndexes);
            }
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
    }

    /** Creates the indexes first, then the foreign keys (which validate with the help of the indexes). */
    void restore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : recreate) {
                statement.execute(ddl);
            }
        }
    }
}
