package org.shuzhi.bench.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.grid.internal.GridIndex;
import org.shuzhi.grid.internal.Tessellation;

/**
 * Point → grid lookups per second on one thread: {@link GridIndex} against a naive scan that asks every polygon
 * {@code covers(point)} (JTS checks the envelope first, so the scan already tests the envelope before the polygon).
 *
 * <p>Data: {@code grids} Voronoi cells (one Lloyd step) over a 1.2° × 1.0° rectangle around Suzhou (≈ 115 × 111 km,
 * so 10,000 cells average ≈ 1.3 km², the size of a real comprehensive grid); {@code points} uniform random points
 * over the rectangle plus a 2 % margin, so a few miss every grid. The indexed lookup runs over all points,
 * {@code iterations} times after three warm-up passes, and the median rate is reported; the naive scan runs over
 * the first {@code naive-points} points, and its answers are checked against the index's.
 *
 * <p>Arguments: {@code [grids=10000] [points=1000000] [iterations=7] [naive-points=2000]}. Seeded, so every run
 * measures the same data.
 */
public final class GridLookupBenchmark {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final Envelope REGION = new Envelope(120.0, 121.2, 30.6, 31.6);

    public static void main(String[] args) {
        int gridCount = argument(args, 0, 10_000);
        int pointCount = argument(args, 1, 1_000_000);
        int iterations = argument(args, 2, 7);
        int naiveCount = Math.min(pointCount, argument(args, 3, 2_000));

        long started = System.nanoTime();
        List<Grid> grids = syntheticGrids(gridCount, new SplittableRandom(20_240_601));
        double tessellateSeconds = seconds(started);
        started = System.nanoTime();
        GridIndex index = new GridIndex(grids);
        double buildSeconds = seconds(started);
        System.out.printf("data: %,d grids (Voronoi, tessellated in %.1f s), index built in %.3f s%n",
                index.size(), tessellateSeconds, buildSeconds);

        double[] lats = new double[pointCount];
        double[] lngs = new double[pointCount];
        SplittableRandom random = new SplittableRandom(7);
        Envelope sample = new Envelope(REGION);
        sample.expandBy(REGION.getWidth() * 0.02, REGION.getHeight() * 0.02);
        for (int i = 0; i < pointCount; i++) {
            lngs[i] = sample.getMinX() + random.nextDouble() * sample.getWidth();
            lats[i] = sample.getMinY() + random.nextDouble() * sample.getHeight();
        }

        int misses = 0;
        for (int pass = 0; pass < 3; pass++) {
            misses = indexedPass(index, lats, lngs);
        }
        double[] rates = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            int passMisses = indexedPass(index, lats, lngs);
            rates[i] = pointCount / seconds(t);
            if (passMisses != misses) {
                throw new IllegalStateException("the index answered differently between passes");
            }
        }
        Arrays.sort(rates);
        double median = rates[iterations / 2];
        System.out.printf("indexed: %,d points × %d iterations (after 3 warm-up passes), %,d outside every grid%n",
                pointCount, iterations, misses);
        System.out.printf("indexed: median %,.0f lookups/s (min %,.0f, max %,.0f), %.0f ns/lookup%n",
                median, rates[0], rates[iterations - 1], 1e9 / median);

        long t = System.nanoTime();
        String[] naive = new String[naiveCount];
        for (int i = 0; i < naiveCount; i++) {
            naive[i] = naiveLookup(grids, FACTORY.createPoint(new Coordinate(lngs[i], lats[i])));
        }
        double naiveRate = naiveCount / seconds(t);
        for (int i = 0; i < naiveCount; i++) {
            Grid found = index.locate(GridType.COMPREHENSIVE, lats[i], lngs[i]);
            String code = found == null ? null : found.code();
            if (!java.util.Objects.equals(code, naive[i])) {
                throw new IllegalStateException("index and naive scan disagree at point " + i + ": " + code + " vs " + naive[i]);
            }
        }
        System.out.printf("naive:   %,.0f lookups/s over the first %,d points (answers identical to the index)%n",
                naiveRate, naiveCount);
        System.out.printf("speed-up: %,.0f×%n", median / naiveRate);
    }

    private static int indexedPass(GridIndex index, double[] lats, double[] lngs) {
        int misses = 0;
        for (int i = 0; i < lats.length; i++) {
            if (index.locate(GridType.COMPREHENSIVE, lats[i], lngs[i]) == null) {
                misses++;
            }
        }
        return misses;
    }

    /** The lowest code among the polygons covering the point — the same border rule as the index. */
    private static String naiveLookup(List<Grid> grids, Point point) {
        String best = null;
        for (Grid grid : grids) {
            if ((best == null || grid.code().compareTo(best) < 0) && grid.polygon().covers(point)) {
                best = grid.code();
            }
        }
        return best;
    }

    static List<Grid> syntheticGrids(int count, SplittableRandom random) {
        Geometry region = FACTORY.toGeometry(REGION);
        List<Coordinate> sites = Tessellation.randomPoints(region, count, random);
        List<Geometry> cells = Tessellation.voronoi(region, sites, 1, FACTORY.getPrecisionModel());
        List<Grid> grids = new ArrayList<>(count);
        for (int i = 0; i < cells.size(); i++) {
            grids.add(new Grid("%015d".formatted(100_000_000_000_000L + i), "synthetic " + i, GridType.COMPREHENSIVE,
                    "320509104001", null, cells.get(i), 0, null, null));
        }
        return grids;
    }

    private static int argument(String[] args, int position, int fallback) {
        return args.length > position ? Integer.parseInt(args[position]) : fallback;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
