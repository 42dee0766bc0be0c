package org.shuzhi.catalog.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;

/**
 * Who sees a published catalog entry: callers whose region subtree holds the provider's region (department
 * narrowing aside — the published catalog is there to be found), and callers below the provider's region, so that a
 * higher level's shared catalog reaches the levels under it (回流). Both halves are indexable: a range on the region
 * code, and equality with the few ancestors of the caller's regions.
 */
final class PublishedVisibility {

    /** The lengths of the region codes of the levels above a region: province, city, county, township. */
    private static final int[] LEVELS = {2, 4, 6, 9};

    private PublishedVisibility() {
    }

    static ScopedSql where(DataScope scope, String regionColumn) {
        ScopedSql within = ScopedSql.where(new DataScope(scope.regionRoots(), Set.of()), regionColumn);
        Set<String> ancestors = ancestors(scope);
        if (scope.isEmpty() || ancestors.isEmpty()) {
            return within;
        }
        Map<String, Object> parameters = new HashMap<>(within.parameters());
        parameters.put("visible_ancestors", ancestors);
        return new ScopedSql("(" + within.sql() + " or " + regionColumn + " in (:visible_ancestors))", parameters);
    }

    /** The proper ancestors of the scope's region roots. */
    static Set<String> ancestors(DataScope scope) {
        Set<String> ancestors = new TreeSet<>();
        for (String root : scope.regionRoots()) {
            for (int length : LEVELS) {
                if (length < root.length()) {
                    ancestors.add(root.substring(0, length));
                }
            }
        }
        return ancestors;
    }
}
