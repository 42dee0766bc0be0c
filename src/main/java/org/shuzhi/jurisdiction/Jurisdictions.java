package org.shuzhi.jurisdiction;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the division tree for other modules. The tree is public reference data (GB/T 2260), so these
 * reads carry no data scope; records that hang <em>from</em> a division are what scopes protect.
 */
public interface Jurisdictions {

    /** The division with this code, if it exists. */
    Optional<Division> find(String code);

    /** True when a division with this code exists. */
    default boolean exists(String code) {
        return find(code).isPresent();
    }

    /**
     * The region chain from the province down to and including {@code code}, e.g. 江苏省 → 苏州市 → 吴江区 →
     * 平望镇; empty when the code is unknown.
     */
    List<Division> chain(String code);

    /** The direct children of a division ordered by code; the provinces for {@code null}. */
    List<Division> children(String code);

    /** Divisions whose name contains {@code query}, provinces first, at most {@code limit}. */
    List<Division> search(String query, int limit);
}
