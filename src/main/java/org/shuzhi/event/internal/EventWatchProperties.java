package org.shuzhi.event.internal;

import java.time.Duration;

import org.shuzhi.calendar.TimeLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shuzhi.event.*}: the deadline watch (时限监察) and duplicate detection.
 *
 * @param deadlineWatch {@code shuzhi.event.deadline-watch.*}
 * @param duplicates    {@code shuzhi.event.duplicates.*}
 */
@ConfigurationProperties("shuzhi.event")
record EventWatchProperties(@DefaultValue DeadlineWatch deadlineWatch, @DefaultValue Duplicates duplicates) {

    /**
     * The deadline watch.
     *
     * @param enabled   false stops the background runs (tests run the watch themselves)
     * @param interval  pause between two runs
     * @param warnShare warn once this share of the time limit has passed (0.8: at 80 %), counted in working time
     *                  for limits in working days or hours
     * @param warnLead  also warn this long before the deadline ({@code 2h}, {@code 4wh}, {@code 1d}), whichever
     *                  comes first; empty for none
     * @param batchSize at most this many events per step and run, so one run stays short
     */
    record DeadlineWatch(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration interval,
            @DefaultValue("0.8") double warnShare, String warnLead, @DefaultValue("200") int batchSize) {

        DeadlineWatch {
            if (!(warnShare > 0 && warnShare <= 1)) {
                throw new IllegalArgumentException("shuzhi.event.deadline-watch.warn-share must be in (0, 1]");
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("shuzhi.event.deadline-watch.batch-size must be positive");
            }
            if (warnLead != null && !warnLead.isBlank()) {
                TimeLimit.parse(warnLead);
            }
        }

        /** The lead, or {@code null}. */
        TimeLimit lead() {
            return warnLead == null || warnLead.isBlank() ? null : TimeLimit.parse(warnLead);
        }
    }

    /**
     * What counts as a duplicate: same leaf category, within this distance and this time of each other.
     *
     * @param distanceMetres at most this far apart
     * @param window         reported at most this long apart
     */
    record Duplicates(@DefaultValue("50") double distanceMetres, @DefaultValue("24h") Duration window) {

        Duplicates {
            if (distanceMetres <= 0 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("shuzhi.event.duplicates needs a positive distance and window");
            }
        }
    }
}
