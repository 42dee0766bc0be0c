package org.shuzhi.grid.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Lengths and areas on the ground for lng/lat geometries. Grids are a few square kilometres, so a local
 * equirectangular projection on a sphere of the mean Earth radius is accurate to well under 0.1 % — no need for
 * a projection library.
 */
final class Ground {

    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS = 6_371_008.8;
    /** Metres per degree of latitude (and of longitude at the equator). */
    static final double METRES_PER_DEGREE = EARTH_RADIUS * Math.PI / 180;

    private Ground() {
    }

    /** The area of a polygonal lng/lat geometry in square metres. */
    static double squareMetres(Geometry polygonal) {
        if (polygonal.isEmpty()) {
            return 0;
        }
        // a degree of longitude shrinks with cos(latitude); take it at the centroid
        double cosLat = Math.cos(Math.toRadians(polygonal.getCentroid().getY()));
        return polygonal.getArea() * METRES_PER_DEGREE * METRES_PER_DEGREE * cosLat;
    }

    /** Metres per degree of longitude at a latitude. */
    static double metresPerDegreeLng(double lat) {
        return METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
    }

    /**
     * The distance in metres from a point to the boundary of a polygonal geometry (0 when the point is on it); the
     * caller knows whether the point is inside.
     */
    static double distanceToBoundary(double lat, double lng, Geometry polygonal) {
        double kx = metresPerDegreeLng(lat);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(i);
            best = Math.min(best, squaredDistance(lat, lng, kx, polygon.getExteriorRing()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                best = Math.min(best, squaredDistance(lat, lng, kx, polygon.getInteriorRingN(h)));
            }
        }
        return Math.sqrt(best);
    }

    private static double squaredDistance(double lat, double lng, double kx, LineString ring) {
        CoordinateSequence points = ring.getCoordinateSequence();
        double best = Double.POSITIVE_INFINITY;
        // segment ends relative to the point, in metres
        double ax = (points.getX(0) - lng) * kx;
        double ay = (points.getY(0) - lat) * METRES_PER_DEGREE;
        for (int i = 1; i < points.size(); i++) {
            double bx = (points.getX(i) - lng) * kx;
            double by = (points.getY(i) - lat) * METRES_PER_DEGREE;
            double dx = bx - ax;
            double dy = by - ay;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
            double px = ax + t * dx;
            double py = ay + t * dy;
            best = Math.min(best, px * px + py * py);
            ax = bx;
            ay = by;
        }
        return best;
    }

    /**
     * A geometry drawn in metres east and north of {@code origin} (a local plane), as lng/lat on the WGS 84 factory.
     * One affine formula for every point, so vertices that were equal stay equal.
     */
    static Geometry fromLocalPlane(Geometry metres, Coordinate origin) {
        AffineTransformation toDegrees = AffineTransformation
                .scaleInstance(1 / metresPerDegreeLng(origin.y), 1 / METRES_PER_DEGREE)
                .translate(origin.x, origin.y);
        return GeoJsonReader.WGS84.createGeometry(toDegrees.transform(metres));
    }
}
