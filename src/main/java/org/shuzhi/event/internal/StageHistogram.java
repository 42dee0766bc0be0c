package org.shuzhi.event.internal;

/**
 * Fixed log-spaced buckets of stage hours, for medians from the daily rollup ({@code event.daily_stats.hours}).
 * Bucket 0 holds durations under one minute (and any negative ones), bucket {@code i} in 1–76 the durations in
 * [2<sup>(i−1)/4</sup>, 2<sup>i/4</sup>) minutes — each a quarter of an octave, up to 2<sup>19</sup> minutes
 * (≈ 364 days) — and bucket 77 everything longer.
 *
 * <p><b>Error bound</b>: a median is estimated by the geometric middle of its bucket, so for a true median of at least
 * one minute (and under 364 days) the estimate lies within a factor 2<sup>1/8</sup> of it: at most 9.1 % above,
 * 8.3 % below. The mean of the two middle values (even counts, as {@code percentile_cont(0.5)}) keeps that bound.
 * Under a minute the error is at most half a minute; beyond 364 days the lower edge is given.
 */
final class StageHistogram {

    /** Number of buckets. */
    static final int BUCKETS = 78;
    /** Buckets per doubling of the duration. */
    private static final int PER_OCTAVE = 4;
    private static final double MINUTE = 1.0 / 60;

    private StageHistogram() {
    }

    /** SQL for the bucket of an hours expression ({@code null} stays {@code null}); the same rule as {@link #bucket}. */
    static String bucketSql(String hours) {
        return "(case when (" + hours + ") is null then null when (" + hours + ") < " + MINUTE
                + " then 0 when (" + hours + ") >= " + lowerEdge(BUCKETS - 1) + " then " + (BUCKETS - 1)
                + " else 1 + floor(" + PER_OCTAVE + " * ln((" + hours + ") * 60) / ln(2))::int end)";
    }

    /** The bucket of a duration in hours. */
    static int bucket(double hours) {
        if (hours < MINUTE) {
            return 0;
        }
        if (hours >= lowerEdge(BUCKETS - 1)) {
            return BUCKETS - 1;
        }
        return 1 + (int) Math.floor(PER_OCTAVE * Math.log(hours * 60) / Math.log(2));
    }

    /** The smallest duration (hours) of bucket {@code i} ≥ 1. */
    static double lowerEdge(int i) {
        return Math.pow(2, (i - 1) / (double) PER_OCTAVE) / 60;
    }

    /** The value a bucket stands for, in hours: its geometric middle (see the error bound). */
    static double estimate(int bucket) {
        if (bucket == 0) {
            return MINUTE / 2;
        }
        if (bucket == BUCKETS - 1) {
            return lowerEdge(bucket);
        }
        return Math.pow(2, (bucket - 0.5) / PER_OCTAVE) / 60;
    }

    /** The estimated median of the durations counted per bucket, as {@code percentile_cont(0.5)}; null when empty. */
    static Double median(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        if (n == 0) {
            return null;
        }
        // the middle value, or the two middle ones for an even count (0-based ranks)
        return (estimate(bucketOfRank(counts, (n - 1) / 2)) + estimate(bucketOfRank(counts, n / 2))) / 2;
    }

    private static int bucketOfRank(long[] counts, long rank) {
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (rank < seen) {
                return i;
            }
        }
        return counts.length - 1;
    }
}
