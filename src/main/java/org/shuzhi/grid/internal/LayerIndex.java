package org.shuzhi.grid.internal;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.shuzhi.grid.Grid;

/**
 * The grids of one layer, searchable by point. Immutable once built and safe for any number of concurrent readers.
 *
 * <p>Grids are held in ascending code order and {@link Buckets} lists candidates in that order too, so the first
 * polygon that covers a point is the one with the lowest code — the border rule of
 * {@link org.shuzhi.grid.GridLocator} — and the search can stop there.
 */
final class LayerIndex {

    private final Grid[] grids;
    private final PolygonLocator[] locators;
    /** minX, maxX, minY, maxY of each grid, side by side so that rejecting a candidate touches one cache line. */
    private final double[] bounds;
    private final Buckets buckets;

    LayerIndex(List<Grid> layer) {
        grids = layer.stream().sorted(Comparator.comparing(Grid::code)).toArray(Grid[]::new);
        locators = new PolygonLocator[grids.length];
        bounds = new double[grids.length * 4];
        Envelope[] envelopes = new Envelope[grids.length];
        for (int i = 0; i < grids.length; i++) {
            locators[i] = new PolygonLocator(grids[i].polygon());
            envelopes[i] = grids[i].polygon().getEnvelopeInternal();
            bounds[4 * i] = envelopes[i].getMinX();
            bounds[4 * i + 1] = envelopes[i].getMaxX();
            bounds[4 * i + 2] = envelopes[i].getMinY();
            bounds[4 * i + 3] = envelopes[i].getMaxY();
        }
        buckets = new Buckets(envelopes);
    }

    /** The grid covering the point with the lowest code, or {@code null}. */
    Grid locate(double lng, double lat) {
        int bucket = buckets.bucket(lng, lat);
        if (bucket < 0) {
            return null;
        }
        for (int i = buckets.start(bucket), end = buckets.end(bucket); i < end; i++) {
            int position = buckets.item(i);
            int b = 4 * position;
            if (lng >= bounds[b] && lng <= bounds[b + 1] && lat >= bounds[b + 2] && lat <= bounds[b + 3]
                    && locators[position].locate(lng, lat) != Location.EXTERIOR) {
                return grids[position];
            }
        }
        return null;
    }

    /**
     * The grid whose boundary is nearest to the point and at most {@code maxMetres} away, or {@code null}; of
     * equally near grids the one with the lowest code.
     */
    Nearest nearest(double lng, double lat, double maxMetres) {
        double dLat = maxMetres / Ground.METRES_PER_DEGREE;
        // measure the longitude reach at the latitude nearest a pole, where a degree is shortest
        double dLng = maxMetres / Ground.metresPerDegreeLng(Math.min(89.9, Math.abs(lat) + dLat));
        BitSet seen = new BitSet(grids.length);
        Nearest[] best = {null};
        buckets.forEachCandidate(new Envelope(lng - dLng, lng + dLng, lat - dLat, lat + dLat), position -> {
            if (seen.get(position)) {
                return;
            }
            seen.set(position);
            double distance = Ground.distanceToBoundary(lat, lng, grids[position].polygon());
            // candidates arrive in no particular order across buckets: compare positions for the tie
            if (distance <= maxMetres && (best[0] == null || distance < best[0].distanceMetres()
                    || distance == best[0].distanceMetres() && position < best[0].position())) {
                best[0] = new Nearest(grids[position], distance, position);
            }
        });
        return best[0];
    }

    /** A grid near a point, with its distance in metres. */
    record Nearest(Grid grid, double distanceMetres, int position) {
    }
}
