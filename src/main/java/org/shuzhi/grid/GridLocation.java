package org.shuzhi.grid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.shuzhi.jurisdiction.Division;
import org.shuzhi.platform.DataScope;

/**
 * Where a point lies: the grid of each layer that contains it and the region chain, or — when no grid contains it —
 * the nearest grid within reach.
 *
 * @param lat           the latitude asked for (WGS 84)
 * @param lng           the longitude asked for
 * @param comprehensive the comprehensive grid containing the point, {@code null} when none
 * @param professional  the professional grid containing the point, {@code null} when none
 * @param area          the 片区 containing the point, {@code null} when none
 * @param regionChain   province → … → the region of the most specific grid found (the comprehensive grid's
 *                      village, else the professional grid's or the 片区's township); empty when no grid contains
 *                      the point
 * @param nearest       when no grid contains the point: the nearest grid within the configured distance
 *                      ({@code shuzhi.grid.nearest-max-metres}), otherwise {@code null}
 */
public record GridLocation(double lat, double lng, Grid comprehensive, Grid professional, Grid area,
        List<Division> regionChain, Nearby nearest) {

    public GridLocation {
        regionChain = List.copyOf(regionChain);
        if (nearest != null && (comprehensive != null || professional != null || area != null)) {
            throw new IllegalArgumentException("a point inside a grid has no nearest grid");
        }
    }

    /** False when the point lies outside every grid — then see {@link #nearest()}. */
    public boolean inGrid() {
        return comprehensive != null || professional != null || area != null;
    }

    /**
     * This answer as a caller with {@code scope} may see it: grids outside the scope are left out (and with them
     * the region chain when no grid is left), so a lookup does not reveal another jurisdiction's grids.
     */
    public GridLocation within(DataScope scope) {
        Grid c = inside(comprehensive, scope);
        Grid p = inside(professional, scope);
        Grid a = inside(area, scope);
        boolean anyLeft = c != null || p != null || a != null;
        Nearby n = nearest != null && scope.covers(nearest.grid().regionCode()) ? nearest : null;
        return new GridLocation(lat, lng, c, p, a, anyLeft ? regionChain : List.of(), n);
    }

    private static Grid inside(Grid grid, DataScope scope) {
        return grid != null && scope.covers(grid.regionCode()) ? grid : null;
    }

    /** The nearest grid when the point is outside every grid and one is within reach. */
    public Optional<Nearby> nearby() {
        return Optional.ofNullable(nearest);
    }

    /**
     * A grid near a point that lies outside every grid.
     *
     * @param grid           the nearest grid (comprehensive grids are preferred, see {@link GridLocator})
     * @param distanceMetres distance from the point to the grid's boundary on the ground
     * @param regionChain    province → … → the grid's region
     */
    public record Nearby(Grid grid, double distanceMetres, List<Division> regionChain) {

        public Nearby {
            Objects.requireNonNull(grid, "grid");
            regionChain = List.copyOf(regionChain);
        }
    }
}
