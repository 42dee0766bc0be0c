package org.shuzhi.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of the scoped tables, read through the scope markers of the table comments (docs/ARCHITECTURE.md, Data
 * scope): which keys — values of single-column unique indexes, as text — lie inside a region and which outside.
 * Tests use them as the identifiers a caller might put into a URL.
 */
public final class ScopedRows {

    private static final Pattern SCOPE = Pattern.compile("\\[scope: ([a-z_]+)(?:, [a-z_]+)?]");
    private static final Pattern VIA = Pattern.compile("\\[scope via ([a-z_]+\\.[a-z_]+)]");

    private final JdbcClient jdbc;
    private final Map<String, String> comments = new LinkedHashMap<>();

    public ScopedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                select n.nspname || '.' || c.relname as name, coalesce(obj_description(c.oid, 'pg_class'), '') as comment
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p') and not c.relispartition
                   and n.nspname not in ('pg_catalog', 'information_schema', 'public', 'pg_toast')
                   and c.relname <> 'flyway_schema_history'
                 order by 1""")
                .query((row, i) -> comments.put(row.getString("name"), row.getString("comment"))).list();
    }

    /**
     * Keys of rows of scoped tables (directly or via their parent) whose region lies in {@code region}'s subtree —
     * at most {@code perColumn} of each key column, spread over the table (every n-th in key order), so that probes
     * stay few where demo data is large.
     */
    public Set<String> keysInside(String region, int perColumn) {
        return keys(region, true, perColumn);
    }

    /**
     * Keys that also name something outside {@code region}: rows of scoped tables elsewhere and every row of an
     * unscoped table. A key in both sets is ambiguous as a probe.
     */
    public Set<String> keysOutside(String region) {
        Set<String> outside = keys(region, false, Integer.MAX_VALUE);
        comments.forEach((table, comment) -> {
            if (!SCOPE.matcher(comment).find() && !VIA.matcher(comment).find()) {
                uniqueColumns(table).forEach(c -> outside.addAll(jdbc.sql("select " + c + "::text from " + table
                        + " where " + c + " is not null").query(String.class).list()));
            }
        });
        return outside;
    }

    /**
     * Tables written after the request that caused them answered, by a batch writer: a digest around some requests
     * cannot bracket them. The sharing API's call statistics ({@code sharing.call}) record every call, refused ones
     * too, against the resource's region — by design; what a caller did is in the audit log.
     */
    private static final java.util.Set<String> WRITTEN_LATER = java.util.Set.of("sharing.call");

    /**
     * A digest of every row inside {@code region} of every scoped table but those {@link #WRITTEN_LATER}: equal
     * digests mean nothing changed.
     */
    public String digestInside(String region) {
        StringBuilder all = new StringBuilder();
        comments.forEach((table, comment) -> {
            Rows rows = WRITTEN_LATER.contains(table) ? null : rows(table, comment, region, true);
            if (rows != null) {
                all.append(table).append('=').append(jdbc.sql("select coalesce(md5(string_agg(t::text, '|' order by "
                        + "t::text)), '') " + rows.sql()).params(rows.parameters()).query(String.class).single()).append(';');
            }
        });
        return all.toString();
    }

    /** {@code from … where …} over a table aliased {@code t}, with its bind parameters. */
    private record Rows(String sql, Map<String, Object> parameters) {
    }

    private Set<String> keys(String region, boolean inside, int perColumn) {
        Set<String> keys = new TreeSet<>();
        comments.forEach((table, comment) -> {
            Rows rows = rows(table, comment, region, inside);
            if (rows != null) {
                for (String column : uniqueColumns(table)) {
                    List<String> all = jdbc.sql("select t." + column + "::text " + rows.sql() + " and t." + column
                            + " is not null order by 1").params(rows.parameters()).query(String.class).list();
                    int step = Math.max(1, all.size() / Math.max(1, perColumn));
                    for (int i = 0; i < all.size(); i += step) {
                        keys.add(all.get(i));
                    }
                }
            }
        });
        return keys;
    }

    /** The rows of {@code table} inside or outside the region; {@code null} for an unscoped table. */
    private Rows rows(String table, String comment, String region, boolean inside) {
        Matcher scope = SCOPE.matcher(comment);
        Matcher via = VIA.matcher(comment);
        if (scope.find()) {
            ScopedSql where = ScopedSql.where(DataScope.of(region), "t." + scope.group(1));
            return new Rows("from " + table + " t where " + condition(where, inside), where.parameters());
        }
        if (via.find()) {
            String parent = via.group(1);
            Matcher parentScope = SCOPE.matcher(comments.getOrDefault(parent, ""));
            if (!parentScope.find()) {
                return null;
            }
            List<String> link = jdbc.sql("""
                    select a.attname || ' ' || af.attname from pg_constraint c
                      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                      join pg_attribute af on af.attrelid = c.confrelid and af.attnum = c.confkey[1]
                     where c.contype = 'f' and c.conrelid = cast(:child as regclass) and c.confrelid = cast(:parent as regclass)""")
                    .param("child", table).param("parent", parent).query(String.class).list();
            String[] columns = link.get(0).split(" ");
            ScopedSql where = ScopedSql.where(DataScope.of(region), "p." + parentScope.group(1));
            return new Rows("from " + table + " t join " + parent + " p on t." + columns[0] + " = p." + columns[1]
                    + " where " + condition(where, inside), where.parameters());
        }
        return null;
    }

    /** The scope predicate, or its negation (a null region counts as outside). */
    private static String condition(ScopedSql where, boolean inside) {
        return inside ? where.sql() : "not coalesce(" + where.sql() + ", false)";
    }

    private List<String> uniqueColumns(String table) {
        return jdbc.sql("""
                select a.attname from pg_index i
                  join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                 where i.indrelid = cast(:table as regclass) and i.indisunique and i.indnatts = 1""")
                .param("table", table).query(String.class).list();
    }
}
