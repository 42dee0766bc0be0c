package org.shuzhi.grid.internal;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Point-in-polygon for one grid polygon, allocation-free for the usual grid of a few dozen vertices.
 *
 * <p>Small polygons keep their rings as flat coordinate arrays and are tested by ray crossing, which beats any
 * per-polygon index when there are few edges. Polygons with many vertices (a traced boundary) use JTS's
 * {@link IndexedPointInAreaLocator}, which only looks at the edges the ray can cross. Both follow the same rule as
 * JTS's {@code RayCrossingCounter}, including its robust orientation test, so a point exactly on an edge or a
 * vertex is reported as {@link Location#BOUNDARY}, never as inside or outside by rounding luck.
 */
final class PolygonLocator {

    /** Above this many vertices the per-polygon segment index pays for itself. */
    static final int FLAT_MAX_VERTICES = 96;

    private final double[] xs;
    private final double[] ys;
    /** Index one past the last vertex of each ring (each ring is stored closed). */
    private final int[] ringEnds;
    private final IndexedPointInAreaLocator indexed;

    PolygonLocator(Geometry polygonal) {
        int vertices = polygonal.getNumPoints();
        if (vertices > FLAT_MAX_VERTICES) {
            xs = ys = null;
            ringEnds = null;
            indexed = new IndexedPointInAreaLocator(polygonal);
            // it builds its segment index lazily and unsynchronized: build it now, before the index is published
            indexed.locate(polygonal.getCoordinate());
            return;
        }
        indexed = null;
        xs = new double[vertices];
        ys = new double[vertices];
        int rings = 0;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            rings += 1 + ((Polygon) polygonal.getGeometryN(i)).getNumInteriorRing();
        }
        ringEnds = new int[rings];
        int next = 0;
        int ring = 0;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(i);
            next = copy(polygon.getExteriorRing().getCoordinateSequence(), next);
            ringEnds[ring++] = next;
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                next = copy(polygon.getInteriorRingN(h).getCoordinateSequence(), next);
                ringEnds[ring++] = next;
            }
        }
    }

    private int copy(CoordinateSequence ring, int from) {
        for (int i = 0; i < ring.size(); i++) {
            xs[from + i] = ring.getX(i);
            ys[from + i] = ring.getY(i);
        }
        return from + ring.size();
    }

    /** {@link Location#INTERIOR}, {@link Location#BOUNDARY} or {@link Location#EXTERIOR}. */
    int locate(double x, double y) {
        if (indexed != null) {
            return indexed.locate(new Coordinate(x, y));
        }
        // crossings of a ray to the right of the point, counted over all rings: holes and parts simply add up
        int crossings = 0;
        int start = 0;
        for (int end : ringEnds) {
            for (int i = start + 1; i < end; i++) {
                double x1 = xs[i - 1];
                double y1 = ys[i - 1];
                double x2 = xs[i];
                double y2 = ys[i];
                if (x1 < x && x2 < x) {
                    continue;
                }
                if (x2 == x && y2 == y) {
                    return Location.BOUNDARY;
                }
                if (y1 == y && y2 == y) {
                    if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2)) {
                        return Location.BOUNDARY;
                    }
                    continue;
                }
                if (y1 > y && y2 <= y || y2 > y && y1 <= y) {
                    int orientation = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, x, y);
                    if (orientation == 0) {
                        return Location.BOUNDARY;
                    }
                    // count an upward crossing when the point is left of the segment
                    if ((y2 < y1 ? -orientation : orientation) > 0) {
                        crossings++;
                    }
                }
            }
            start = end;
        }
        return (crossings & 1) == 1 ? Location.INTERIOR : Location.EXTERIOR;
    }
}
