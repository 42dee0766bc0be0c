package org.shuzhi.event;

import java.time.Instant;

/**
 * Published after the deadline watch warned that an event's deadline is near (临期预警): a configured share of its
 * time limit has passed, or the configured lead before the deadline has been reached. Once per deadline.
 *
 * @param id                 the event's number
 * @param level              the level handling it
 * @param assignedRegionCode the region of that level
 * @param assignedDepartment the department handling it, or {@code null}
 * @param supervised         true when a leader supervises it (督办)
 * @param dueAt              when it is due
 * @param at                 when the warning was given
 */
public record EventDeadlineApproaching(long id, HandlingLevel level, String assignedRegionCode,
        String assignedDepartment, boolean supervised, Instant dueAt, Instant at) {
}
