package org.shuzhi.grid.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

import org.locationtech.jts.geom.Envelope;

/**
 * A uniform lattice of buckets over the extent of a set of envelopes; each bucket lists, in ascending order, the
 * positions of the envelopes that overlap it. Finding a point's candidates is two multiplications and an array
 * read, which is what makes a million lookups a second possible.
 *
 * <p>The bucket side is a third of the median envelope's larger side, so a typical point has two or three
 * candidates whatever the grids' size; the number of buckets is capped so that a few far-apart clusters (grids of
 * several towns) cannot blow up memory — there buckets just hold more candidates.
 */
final class Buckets {

    static final int MAX_BUCKETS = 1 << 22;

    private final double minX;
    private final double minY;
    private final double inverseSide;
    private final int columns;
    private final int rows;
    /** Bucket {@code b} lists {@code items[starts[b]] … items[starts[b + 1] - 1]}. */
    private final int[] starts;
    private final int[] items;

    Buckets(Envelope[] envelopes) {
        Envelope extent = new Envelope();
        double[] sides = new double[envelopes.length];
        for (int i = 0; i < envelopes.length; i++) {
            extent.expandToInclude(envelopes[i]);
            sides[i] = Math.max(envelopes[i].getWidth(), envelopes[i].getHeight());
        }
        Arrays.sort(sides);
        double side = envelopes.length == 0 ? 1 : Math.max(sides[sides.length / 2] / 3, 1e-9);
        while ((extent.getWidth() / side + 1) * (extent.getHeight() / side + 1) > MAX_BUCKETS) {
            side *= 2;
        }
        minX = extent.isNull() ? 0 : extent.getMinX();
        minY = extent.isNull() ? 0 : extent.getMinY();
        inverseSide = 1 / side;
        columns = extent.isNull() ? 0 : column(extent.getMaxX()) + 1;
        rows = extent.isNull() ? 0 : row(extent.getMaxY()) + 1;

        // two passes (count, then fill) give one compact array; filling in position order keeps buckets sorted
        starts = new int[columns * rows + 1];
        for (Envelope envelope : envelopes) {
            forEachBucket(envelope, bucket -> starts[bucket + 1]++);
        }
        Arrays.parallelPrefix(starts, Integer::sum);
        items = new int[starts[starts.length - 1]];
        int[] filled = Arrays.copyOf(starts, starts.length - 1);
        for (int position = 0; position < envelopes.length; position++) {
            int item = position;
            forEachBucket(envelopes[position], bucket -> items[filled[bucket]++] = item);
        }
    }

    private void forEachBucket(Envelope envelope, IntConsumer action) {
        for (int row = row(envelope.getMinY()); row <= row(envelope.getMaxY()); row++) {
            for (int column = column(envelope.getMinX()); column <= column(envelope.getMaxX()); column++) {
                action.accept(row * columns + column);
            }
        }
    }

    // the same monotone formula for envelopes and points, so a point inside an envelope always lands in one of its
    // buckets, even at a bucket border
    private int column(double x) {
        return (int) ((x - minX) * inverseSide);
    }

    private int row(double y) {
        return (int) ((y - minY) * inverseSide);
    }

    /** The bucket holding the point, or −1 when the point is outside the extent. */
    int bucket(double x, double y) {
        double fx = (x - minX) * inverseSide;
        double fy = (y - minY) * inverseSide;
        // written so that NaN fails the range test too
        if (!(fx >= 0 && fy >= 0 && fx < columns && fy < rows)) {
            return -1;
        }
        return (int) fy * columns + (int) fx;
    }

    /** Calls {@code action} for every position whose envelope may overlap {@code query}, some more than once. */
    void forEachCandidate(Envelope query, IntConsumer action) {
        int firstColumn = Math.max(0, column(query.getMinX()));
        int lastColumn = Math.min(columns - 1, column(query.getMaxX()));
        int firstRow = Math.max(0, row(query.getMinY()));
        int lastRow = Math.min(rows - 1, row(query.getMaxY()));
        if (query.getMaxX() < minX || query.getMaxY() < minY) {
            return;
        }
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                int bucket = row * columns + column;
                for (int i = starts[bucket]; i < starts[bucket + 1]; i++) {
                    action.accept(items[i]);
                }
            }
        }
    }

    /** First index into {@link #item(int)} of a bucket's candidates. */
    int start(int bucket) {
        return starts[bucket];
    }

    /** One past the last index of a bucket's candidates. */
    int end(int bucket) {
        return starts[bucket + 1];
    }

    int item(int index) {
        return items[index];
    }
}
