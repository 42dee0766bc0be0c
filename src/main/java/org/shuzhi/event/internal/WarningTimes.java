package org.shuzhi.event.internal;

import java.time.Duration;
import java.time.Instant;

import org.shuzhi.calendar.Deadline;
import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.EventView;
import org.springframework.stereotype.Component;

/**
 * When to warn that a deadline is near (临期预警): once the configured share of the time between the deadline's start
 * and its due instant has passed — in working time when the category's limit counts working days or hours, so a
 * holiday in between does not bring the warning forward — or the configured lead before the due instant, whichever
 * comes first; never after the due instant.
 */
@Component
class WarningTimes {

    private final WorkingCalendar calendar;
    private final EventCategories categories;
    private final EventWatchProperties.DeadlineWatch settings;

    WarningTimes(WorkingCalendar calendar, EventCategories categories, EventWatchProperties properties) {
        this.calendar = calendar;
        this.categories = categories;
        this.settings = properties.deadlineWatch();
    }

    /** The warning instant for {@code event}'s deadline, which started to run at {@code start}. */
    Instant warnAt(EventView event, Instant start) {
        Instant due = event.dueAt();
        if (!start.isBefore(due)) {
            return due;
        }
        TimeLimit limit = categories.find(event.categoryCode())
                .map(c -> c.limitFor(event.urgency())).orElse(null);
        boolean working = limit != null && limit.unit() != TimeLimit.Unit.HOURS;
        Instant warn = working
                ? calendar.addWorkingTime(start, share(calendar.workingTimeBetween(start, due)))
                : start.plus(share(Duration.between(start, due)));
        TimeLimit lead = settings.lead();
        if (lead != null) {
            Instant byLead = calendar.warningAt(new Deadline(start, limit == null ? lead : limit, due, true), lead);
            warn = byLead.isBefore(warn) ? byLead : warn;
        }
        return warn.isAfter(due) ? due : warn;
    }

    private Duration share(Duration whole) {
        return Duration.ofMillis(Math.round(whole.toMillis() * settings.warnShare()));
    }
}
