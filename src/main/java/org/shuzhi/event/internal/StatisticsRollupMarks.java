package org.shuzhi.event.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.EventOverdue;
import org.shuzhi.event.EventReported;
import org.shuzhi.event.EventTransitioned;
import org.shuzhi.platform.Unscoped;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks the rollup rows an event change affects as dirty, in the transaction of the change (the events are published
 * inside it), so the mark commits exactly when the change does. The rows are those of the day the event was
 * <em>reported</em> on — statistics count an event in the cohort of its reporting day, whatever day it is handled —
 * and of its region. An append-only insert: concurrent intakes never wait on each other's marks.
 */
@Component
@Unscoped("bookkeeping of the statistics rollup: marks the (day, region) of an event the platform itself changed")
class StatisticsRollupMarks {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    StatisticsRollupMarks(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.zone = calendar.zone();
    }

    @EventListener
    void reported(EventReported event) {
        jdbc.sql("insert into event.daily_stats_dirty (day, region_code) values (:day, :region)")
                .param("day", Date.valueOf(LocalDate.ofInstant(event.reportedAt(), zone)))
                .param("region", event.regionCode()).update();
    }

    @EventListener
    void transitioned(EventTransitioned event) {
        mark(event.id());
    }

    /** Marked overdue (超期): the overdue count changes. */
    @EventListener
    void overdue(EventOverdue event) {
        mark(event.id());
    }

    private void mark(long id) {
        jdbc.sql("""
                insert into event.daily_stats_dirty (day, region_code)
                select (reported_at at time zone :zone)::date, region_code from event.event where id = :id""")
                .param("zone", zone.getId()).param("id", id).update();
    }
}
