package org.shuzhi.event;

import java.time.Instant;

/**
 * Published after a new event is committed.
 *
 * @param id           the event's number
 * @param source       where it came from
 * @param categoryCode its category
 * @param regionCode   where it happened
 * @param gridCode     its grid, or {@code null}
 * @param reportedAt   when it was reported
 */
public record EventReported(long id, EventSource source, String categoryCode, String regionCode, String gridCode,
        Instant reportedAt) {
}
