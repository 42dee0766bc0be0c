package org.shuzhi.event.internal;

import java.time.Instant;

import org.shuzhi.calendar.TimeLimit;

/** When a time limit that starts at {@code from} runs out. */
interface DeadlinePolicy {

    /** The instant {@code limit} after {@code from}: calendar hours, or working days by the working calendar. */
    Instant due(TimeLimit limit, Instant from);
}
