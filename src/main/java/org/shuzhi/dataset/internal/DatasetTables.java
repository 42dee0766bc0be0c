package org.shuzhi.dataset.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.shuzhi.catalog.InformationItem;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of one dataset, {@code dataset.ds_<entry id>}: a typed column per information item, then {@code _row}
 * (load order), {@code _region} (the row's region, by which reads are confined: {@code [scope: _region]} in its
 * comment) and {@code _loaded_at}; a unique index over the key items. Built, replaced and upserted from the staged
 * rows inside the load's transaction, so that readers see the old rows or the new ones, never a half.
 */
@Component
@Unscoped("moves the staged rows of one entry into its table inside the load's transaction; the entry was found in "
        + "the caller's scope and every row's region checked inside the entry's region before")
class DatasetTables {

    private final JdbcClient jdbc;

    DatasetTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String tableName(long entryId) {
        return "ds_" + entryId;
    }

    /** A column name as SQL: only the catalog's column names pass, quoted (they may be SQL words, like name). */
    static String quote(String column) {
        if (column == null || !column.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not an item column: " + column);
        }
        return '"' + column + '"';
    }

    /** Duplicate key groups in the staged rows: the lines of each, first groups first. */
    List<List<Long>> duplicateKeys(List<InformationItem> items, int limit) {
        String keys = columns(items.stream().filter(InformationItem::key).toList());
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select array_agg(_line order by _line) as lines from " + StagedRows.NAME + " group by "
                + keys + " having count(*) > 1 order by min(_line) limit :limit").param("limit", limit)
                .query((rs, n) -> List.of((Long[]) rs.getArray("lines").getArray())).list();
    }

    /** How many staged rows repeat an earlier row's key items (or, without {@code keys}, every item). */
    long repeats(List<InformationItem> items, boolean keys) {
        String columns = columns(keys ? items.stream().filter(InformationItem::key).toList() : items);
        if (columns.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select coalesce(sum(n - 1), 0) from (select count(*) as n from " + StagedRows.NAME
                + " group by " + columns + " having count(*) > 1) d").query(Long.class).single();
    }

    boolean exists(long entryId) {
        return jdbc.sql("select to_regclass(:name) is not null").param("name", "dataset." + tableName(entryId))
                .query(Boolean.class).single();
    }

    /** A new, empty table for the items (dropping the old one): for a first load or one whose items changed. */
    void create(long entryId, String entryCode, List<InformationItem> items) {
        String table = "dataset." + tableName(entryId);
        jdbc.sql("drop table if exists " + table).update();
        StringJoiner columns = new StringJoiner(", ");
        for (InformationItem item : items) {
            columns.add(quote(item.column()) + " " + ValueTypes.sqlType(item.dataType()));
        }
        jdbc.sql("create table " + table + " (" + columns + (items.isEmpty() ? "" : ", ")
                + "_row bigint generated always as identity, _region text collate \"C\" not null,"
                + " _loaded_at timestamptz not null)").update();
        // no unique index on _row: row numbers are not identifiers anybody looks an object up by
        jdbc.sql("create index " + tableName(entryId) + "_region_idx on " + table + " (_region, _row)").update();
        String keys = columns(items.stream().filter(InformationItem::key).toList());
        if (!keys.isEmpty()) {
            // consumers look rows up by key under the row-scope predicate: with _region in the index it is checked
            // there. A key is how consumers query rows, not an address of an object of the platform's.
            jdbc.sql("create unique index " + tableName(entryId) + "_key_idx on " + table + " (" + keys
                    + ") include (_region)").update();
        }
        jdbc.sql("comment on table " + table + " is '" + ("Rows of the dataset of catalog entry " + entryCode)
                .replace("'", "''") + ". [scope: _region]'").update();
    }

    /** Empties the table for a full replacement, restarting the row numbers. */
    void truncate(long entryId) {
        jdbc.sql("truncate table dataset." + tableName(entryId) + " restart identity").update();
    }

    /** Inserts every staged row in file order; returns the rows inserted. */
    long insert(long entryId, List<InformationItem> items, Instant now) {
        return jdbc.sql("insert into dataset." + tableName(entryId) + " (" + targets(items) + ") select "
                + sources(items) + " from " + StagedRows.NAME + " order by _line")
                .param("now", Timestamp.from(now)).update();
    }

    /** Inserts new keys and updates existing ones; returns {inserted, updated}. */
    long[] upsert(long entryId, List<InformationItem> items, Instant now) {
        String keys = columns(items.stream().filter(InformationItem::key).toList());
        String set = items.stream().filter(i -> !i.key()).map(i -> quote(i.column()) + " = excluded." + quote(i.column()))
                .collect(Collectors.joining(", "));
        return jdbc.sql("with changed as (insert into dataset." + tableName(entryId) + " (" + targets(items)
                + ") select " + sources(items) + " from " + StagedRows.NAME + " order by _line on conflict (" + keys
                + ") do update set " + (set.isEmpty() ? "" : set + ", ")
                + "_region = excluded._region, _loaded_at = excluded._loaded_at returning (xmax = 0) as inserted)"
                + " select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated"
                + " from changed").param("now", Timestamp.from(now))
                .query((rs, n) -> new long[] {rs.getLong("inserted"), rs.getLong("updated")}).single();
    }

    long count(long entryId) {
        return jdbc.sql("select count(*) from dataset." + tableName(entryId)).query(Long.class).single();
    }

    private static String targets(List<InformationItem> items) {
        String columns = columns(items);
        return (columns.isEmpty() ? "" : columns + ", ") + "_region, _loaded_at";
    }

    /** The staged text cast to each item's type; the values were checked, so every cast succeeds. */
    private static String sources(List<InformationItem> items) {
        String columns = items.stream().map(i -> "cast(" + quote(i.column()) + " as " + ValueTypes.sqlType(i.dataType())
                + ")").collect(Collectors.joining(", "));
        return (columns.isEmpty() ? "" : columns + ", ") + "_region, cast(:now as timestamptz)";
    }

    private static String columns(List<InformationItem> items) {
        return items.stream().map(i -> quote(i.column())).collect(Collectors.joining(", "));
    }
}
