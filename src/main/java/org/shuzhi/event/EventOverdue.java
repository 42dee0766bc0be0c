package org.shuzhi.event;

import java.time.Instant;

/**
 * Published after the deadline watch marked an event overdue (超期). An overdue event escalates one level up the
 * ladder at once, with a new deadline; at the top level ({@link HandlingLevel#COUNTY}) it cannot, so it stays
 * overdue where it is and this notice is all that happens.
 *
 * @param id                 the event's number
 * @param level              the level it was overdue at
 * @param assignedRegionCode the region of that level
 * @param assignedDepartment the department it was overdue with, or {@code null}
 * @param supervised         true when a leader supervises it (督办)
 * @param dueAt              the deadline that passed
 * @param escalatedTo        the level it went up to, or {@code null} when it was already at the top
 * @param newDueAt           the new deadline there, or {@code null} when it did not escalate
 * @param at                 when it was marked
 */
public record EventOverdue(long id, HandlingLevel level, String assignedRegionCode, String assignedDepartment,
        boolean supervised, Instant dueAt, HandlingLevel escalatedTo, Instant newDueAt, Instant at) {
}
