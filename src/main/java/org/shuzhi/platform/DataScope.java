package org.shuzhi.platform;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * 数据权限: the part of the jurisdiction tree — and optionally which departments — a caller may see and change.
 *
 * <p>A scope is a set of region roots: a record whose region code starts with one of them is inside. Division
 * codes nest by prefix (32 ⊃ 3205 ⊃ 320509 ⊃ 320509104 ⊃ 320509104001, and a grid code starts with its village's
 * code), so a root's subtree is a contiguous code range and the data layer can filter it with an indexable range
 * predicate (see {@link ScopedSql}). An empty scope sees nothing: <em>no scope means no rows</em>.
 *
 * @param regionRoots     codes whose subtrees are visible; never overlapping (a root inside another is dropped)
 * @param departmentCodes when not empty, only records of these departments are visible
 */
public record DataScope(Set<String> regionRoots, Set<String> departmentCodes) {

    private static final DataScope NONE = new DataScope(Set.of(), Set.of());
    private static final DataScope ALL = new DataScope(Set.of(""), Set.of());

    public DataScope {
        regionRoots = Set.copyOf(outermost(regionRoots));
        departmentCodes = Set.copyOf(departmentCodes);
        regionRoots.forEach(DataScope::requireCode);
    }

    /** The scope that sees nothing. */
    public static DataScope none() {
        return NONE;
    }

    /**
     * The whole platform: every region and department. Only system work that acts for nobody in particular uses it
     * (locating a reported point, routing, background jobs); a request on behalf of a caller always uses the
     * caller's scope — {@code ScopeDisciplineTests} keeps web controllers from naming this scope.
     */
    public static DataScope all() {
        return ALL;
    }

    /** The subtree of one region, all departments. */
    public static DataScope of(String regionCode) {
        return new DataScope(Set.of(regionCode), Set.of());
    }

    /** The same regions, narrowed to these departments. */
    public DataScope onlyDepartments(Collection<String> departments) {
        return new DataScope(regionRoots, Set.copyOf(departments));
    }

    /** True for {@link #all()} narrowed to no department: nothing is out of reach. */
    public boolean isUnrestricted() {
        return regionRoots.contains("") && departmentCodes.isEmpty();
    }

    /** True when nothing is visible. */
    public boolean isEmpty() {
        return regionRoots.isEmpty();
    }

    /** True when a record of this region code is inside the scope (departments aside). */
    public boolean covers(String regionCode) {
        return regionCode != null && regionRoots.stream().anyMatch(regionCode::startsWith);
    }

    /**
     * The scope narrowed to {@code regionCode}'s subtree — what a request parameter such as {@code ?region=} may do.
     * It never widens: asking for a region outside the scope gives the empty scope, asking for a region that
     * contains the scope gives the scope back.
     */
    public DataScope narrowTo(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return this;
        }
        requireCode(regionCode);
        Set<String> narrowed = new LinkedHashSet<>();
        for (String root : regionRoots) {
            if (regionCode.startsWith(root)) {
                narrowed.add(regionCode);
            } else if (root.startsWith(regionCode)) {
                narrowed.add(root);
            }
        }
        return new DataScope(narrowed, departmentCodes);
    }

    private static Set<String> outermost(Set<String> roots) {
        Set<String> sorted = new TreeSet<>(roots);
        Set<String> kept = new LinkedHashSet<>();
        for (String root : sorted) {
            // sorted order puts a prefix before every code that starts with it
            if (kept.stream().noneMatch(root::startsWith)) {
                kept.add(root);
            }
        }
        return kept;
    }

    private static void requireCode(String code) {
        if ("".equals(code)) {
            return; // the root of everything, see all()
        }
        if (code == null || !code.matches("[0-9]{1,32}")) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
    }
}
