package org.shuzhi.event.internal;

import java.time.Instant;

import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** Deadlines by the working calendar: calendar hours round the clock, working days and hours without holidays. */
@Component
class CalendarDeadlines implements DeadlinePolicy {

    private final WorkingCalendar calendar;

    CalendarDeadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Instant due(TimeLimit limit, Instant from) {
        return calendar.deadline(from, limit).due();
    }
}
