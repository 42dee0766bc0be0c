package org.shuzhi.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * When something that started at {@link #start()} under a {@link TimeLimit} is due.
 *
 * @param start when the time started to run
 * @param limit the time limit
 * @param due   when it is due: still on time at this very instant, overdue after it
 * @param known false when the computation went through a year the calendar has no holiday arrangement for, so that
 *              only weekends were taken as days off; a holiday may then still move the real deadline
 */
public record Deadline(Instant start, TimeLimit limit, Instant due, boolean known) {

    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(due, "due");
    }

    /** True once {@code now} is after the due instant. */
    public boolean isOverdue(Instant now) {
        return now.isAfter(due);
    }
}
