package org.shuzhi.grid;

import java.util.List;
import java.util.Optional;

import org.shuzhi.platform.DataScope;

/**
 * Read access to the stored grids.
 */
public interface Grids {

    /** The grid with this code, if it exists inside {@code scope}. */
    Optional<Grid> find(String code, DataScope scope);

    /**
     * The grids inside {@code scope} whose region code starts with {@code regionCodePrefix}, ordered by code — e.g. {@code 320509104}
     * gives every grid of 平望镇 (its 片区 and professional grids as well as its villages' comprehensive grids).
     * An empty prefix gives all grids.
     *
     * @throws IllegalArgumentException when the prefix is not all digits or longer than a village code
     */
    List<Grid> list(String regionCodePrefix, DataScope scope);
}
