package org.shuzhi.grid.internal;

import java.util.List;

import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridLocation;
import org.shuzhi.jurisdiction.Division;

/**
 * The JSON answer of {@code GET /api/grids/locate}: {@link GridLocation} without polygons.
 *
 * @param inGrid      false when no grid contains the point
 * @param regionChain province → … → village (or township), empty outside every grid
 * @param nearest     only outside every grid: the nearest grid within reach, else {@code null}
 */
record LocateView(double lat, double lng, boolean inGrid, GridView comprehensive, GridView professional,
        GridView area, List<RegionView> regionChain, NearbyView nearest) {

    static LocateView of(GridLocation location) {
        NearbyView nearest = location.nearby()
                .map(n -> new NearbyView(GridView.of(n.grid()), Math.round(n.distanceMetres() * 10) / 10.0,
                        RegionView.of(n.regionChain())))
                .orElse(null);
        return new LocateView(location.lat(), location.lng(), location.inGrid(), GridView.of(location.comprehensive()),
                GridView.of(location.professional()), GridView.of(location.area()), RegionView.of(location.regionChain()),
                nearest);
    }

    /** A grid's properties without its polygon. */
    record GridView(String code, String name, String type, String regionCode, String areaCode, long areaSquareMetres,
            Integer enterpriseCount, Integer enterpriseCapacity) {

        static GridView of(Grid grid) {
            return grid == null ? null : new GridView(grid.code(), grid.name(), grid.type().name(), grid.regionCode(),
                    grid.areaCode(), Math.round(grid.areaSquareMetres()), grid.enterpriseCount(), grid.enterpriseCapacity());
        }
    }

    /** One division of a region chain. */
    record RegionView(String code, String name, String level) {

        static List<RegionView> of(List<Division> chain) {
            return chain.stream().map(d -> new RegionView(d.code(), d.name(), d.level().name())).toList();
        }
    }

    /** The nearest grid to a point outside every grid, with the distance to its boundary in metres. */
    record NearbyView(GridView grid, double distanceMetres, List<RegionView> regionChain) {
    }
}
