package org.shuzhi.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL predicate that confines a query to a {@link DataScope}, with named bind parameters for Spring's
 * {@code JdbcClient}. Each region root becomes a range on the region-code column — {@code col >= '320509' and
 * col < '32050:'} compared byte-wise (collation "C") — which a B-tree index on that column serves directly, so
 * paging and counts stay correct and cheap. Nothing is ever concatenated from input: codes are bound.
 *
 * @param sql        a boolean SQL expression to AND into the query's WHERE clause
 * @param parameters the named parameters it uses
 */
public record ScopedSql(String sql, Map<String, Object> parameters) {

    public ScopedSql {
        parameters = Map.copyOf(parameters);
    }

    /**
     * The predicate for {@code scope} on {@code regionColumn} (and {@code departmentColumn} when the scope names
     * departments; pass {@code null} for tables without one, which then see nothing under a department scope).
     * Column names are code, never input: they must be plain identifiers.
     */
    public static ScopedSql where(DataScope scope, String regionColumn, String departmentColumn) {
        requireIdentifier(regionColumn);
        if (scope.isEmpty()) {
            return new ScopedSql("false", Map.of());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> ranges = new ArrayList<>();
        int i = 0;
        for (String root : scope.regionRoots().stream().sorted().toList()) {
            if (root.isEmpty()) {
                ranges.add("true");
                continue;
            }
            String low = "scope_low_" + i;
            String high = "scope_high_" + i;
            parameters.put(low, root);
            parameters.put(high, upperBound(root));
            ranges.add("(" + regionColumn + " collate \"C\" >= :" + low + " and " + regionColumn
                    + " collate \"C\" < :" + high + ")");
            i++;
        }
        String sql = ranges.size() == 1 ? ranges.get(0) : "(" + String.join(" or ", ranges) + ")";
        if (!scope.departmentCodes().isEmpty()) {
            if (departmentColumn == null) {
                return new ScopedSql("false", Map.of());
            }
            requireIdentifier(departmentColumn);
            parameters.put("scope_departments", List.copyOf(scope.departmentCodes()));
            sql = sql + " and " + departmentColumn + " in (:scope_departments)";
        }
        return new ScopedSql(sql, parameters);
    }

    /** The scope predicate for a table without a department column. */
    public static ScopedSql where(DataScope scope, String regionColumn) {
        return where(scope, regionColumn, null);
    }

    /** The smallest string greater than every code starting with {@code root}: its last digit plus one. */
    static String upperBound(String root) {
        char last = root.charAt(root.length() - 1);
        return root.substring(0, root.length() - 1) + (char) (last + 1);
    }

    private static void requireIdentifier(String column) {
        if (column == null || !column.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
            throw new IllegalArgumentException("not a plain column name: " + column);
        }
    }
}
