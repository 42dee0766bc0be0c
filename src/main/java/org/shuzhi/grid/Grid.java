package org.shuzhi.grid;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * One grid (网格) with its polygon.
 *
 * @param code               the 15-digit grid code, see {@link GridType} for the scheme
 * @param name               display name, e.g. 平望镇西塘社区第1网格
 * @param type               the layer the grid belongs to
 * @param regionCode         the division the grid hangs under: a village/community for a comprehensive grid, the
 *                           township for a 片区 or a professional grid
 * @param areaCode           the code of the 片区 this grid belongs to, {@code null} when none (always for a 片区)
 * @param polygon            a valid {@code Polygon} or {@code MultiPolygon} in WGS 84, x = longitude, y = latitude;
 *                           shared with the spatial index, so callers must not modify it
 * @param areaSquareMetres   the polygon's area on the ground, computed from the polygon when the grid is stored
 * @param enterpriseCount    professional grids: the number of enterprises the grid covers; otherwise {@code null}
 * @param enterpriseCapacity professional grids: the most enterprises it may cover; otherwise {@code null}
 */
public record Grid(String code, String name, GridType type, String regionCode, String areaCode, Geometry polygon,
        double areaSquareMetres, Integer enterpriseCount, Integer enterpriseCapacity) {

    public Grid {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(polygon, "polygon");
        if (!(polygon instanceof Polygonal)) {
            throw new IllegalArgumentException("grid " + code + " needs a Polygon or MultiPolygon, not " + polygon.getGeometryType());
        }
        boolean professional = type == GridType.PROFESSIONAL;
        if (professional != (enterpriseCount != null) || professional != (enterpriseCapacity != null)) {
            throw new IllegalArgumentException("enterprise count and capacity belong to professional grids only: " + code);
        }
        if (type == GridType.AREA && areaCode != null) {
            throw new IllegalArgumentException("a 片区 belongs to no other 片区: " + code);
        }
    }
}
