package org.shuzhi.event.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.shuzhi.event.TimeLimit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * Deadlines without a holiday calendar: hours round the clock, working days as Monday to Friday ending at the
 * same time of day. The working calendar, when present, replaces it.
 */
@Component
@ConditionalOnMissingBean(value = DeadlinePolicy.class, ignored = WeekdayDeadlines.class)
class WeekdayDeadlines implements DeadlinePolicy {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public Instant due(TimeLimit limit, Instant from) {
        if (limit.unit() == TimeLimit.Unit.HOURS) {
            return from.plus(Duration.ofHours(limit.amount()));
        }
        ZonedDateTime at = from.atZone(CHINA);
        int left = limit.amount();
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toInstant();
    }
}
