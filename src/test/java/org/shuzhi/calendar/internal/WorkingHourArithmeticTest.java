package org.shuzhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.calendar.internal.BundledCalendars.at;
import static org.shuzhi.calendar.internal.BundledCalendars.day;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuzhi.calendar.Deadline;
import org.shuzhi.calendar.OfficeHours;
import org.shuzhi.calendar.TimeLimit;

/**
 * Working hours and deadlines on the bundled 2025 and 2026 arrangements (Asia/Shanghai, office hours 09:00–12:00
 * and 13:30–17:30): across lunch, overnight, weekends, holidays and make-up working days; back again; warnings.
 */
class WorkingHourArithmeticTest {

    final CalendarArithmetic calendar = BundledCalendars.calendar();

    @ParameterizedTest(name = "{0} + {1} working hours = {2}")
    @CsvSource({
        "2026-03-04T11:00, 2, 2026-03-04T14:30",   // across lunch
        "2026-03-04T09:00, 3, 2026-03-04T12:00",   // ends exactly at the lunch break: due at 12:00
        "2026-03-04T12:30, 1, 2026-03-04T14:30",   // starts during lunch
        "2026-03-04T07:00, 1, 2026-03-04T10:00",   // starts before opening
        "2026-03-04T09:00, 7, 2026-03-04T17:30",   // one full day
        "2026-03-04T09:00, 14, 2026-03-05T17:30",
        "2026-03-04T16:30, 2, 2026-03-05T10:00",   // overnight
        "2026-03-04T20:00, 1, 2026-03-05T10:00",   // starts after close
        "2026-03-06T17:00, 1, 2026-03-09T09:30",   // over the weekend
        "2026-03-07T10:00, 1, 2026-03-09T10:00",   // starts on a Saturday
        "2025-09-30T17:00, 1, 2025-10-09T09:30",   // over National Day
        "2026-02-16T10:00, 1, 2026-02-24T10:00",   // starts on a holiday
        "2026-02-13T17:00, 4, 2026-02-14T14:00",   // into the make-up Saturday
        "2026-02-13T16:00, 8, 2026-02-14T17:00",
        "2026-02-13T16:30, 8, 2026-02-14T17:30"})
    void countOnlyOfficeHoursOnWorkingDays(String start, int hours, String due) {
        assertThat(calendar.addWorkingHours(at(start), hours)).isEqualTo(at(due));
    }

    @ParameterizedTest(name = "{0} - {1} working hours = {2}")
    @CsvSource({
        "2026-03-05T10:00, 2, 2026-03-04T16:30",
        "2026-03-04T14:30, 2, 2026-03-04T11:00",
        "2026-03-04T17:30, 4, 2026-03-04T13:30",   // ends exactly at the start of a period: due at its start
        "2026-03-09T09:30, 1, 2026-03-06T17:00",
        "2026-02-24T10:00, 2, 2026-02-14T16:30"})
    void walkBackTheSameWay(String start, int hours, String earlier) {
        assertThat(calendar.addWorkingHours(at(start), -hours)).isEqualTo(at(earlier));
    }

    @Test
    void zeroIsTheStart() {
        assertThat(calendar.addWorkingTime(at("2026-02-16T03:00"), Duration.ZERO)).isEqualTo(at("2026-02-16T03:00"));
    }

    @Test
    void workingTimeBetweenInvertsIt() {
        Random random = new Random(20251001);
        for (int i = 0; i < 500; i++) {
            Instant start = at("2025-01-01T00:00").plus(Duration.ofMinutes(random.nextInt(700 * 24 * 60)));
            Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 60));
            Instant due = calendar.addWorkingTime(start, amount);
            assertThat(calendar.workingTimeBetween(start, due)).as("%s + %s", start, amount).isEqualTo(amount);
            assertThat(calendar.workingTimeBetween(due, start)).isEqualTo(amount.negated());
        }
    }

    @Test
    void aSinglePeriodDayClosesAtItsEnd() {
        CalendarArithmetic nineToFive = BundledCalendars.calendar(OfficeHours.parse("09:00-17:00"));
        assertThat(nineToFive.addWorkingHours(at("2026-03-04T16:00"), 2)).isEqualTo(at("2026-03-05T10:00"));
        assertThat(nineToFive.addWorkingDays(at("2026-03-04T10:00"), 1)).isEqualTo(at("2026-03-05T17:00"));
    }

    @Test
    void calendarHoursIgnoreHolidays() {
        Deadline urgent = calendar.deadline(at("2026-02-16T22:00"), TimeLimit.hours(2));
        assertThat(urgent.due()).isEqualTo(at("2026-02-17T00:00"));
        assertThat(urgent.known()).isTrue();
    }

    @Test
    void workingDaysAndHoursUseTheCalendar() {
        assertThat(calendar.deadline(at("2026-02-12T10:00"), TimeLimit.workingDays(3)).due())
                .isEqualTo(at("2026-02-24T17:30"));
        assertThat(calendar.deadline(at("2026-02-13T16:30"), TimeLimit.workingHours(8)).due())
                .isEqualTo(at("2026-02-14T17:30"));
    }

    @Test
    void warningsCountBackInTheirOwnUnitButNeverBeforeTheStart() {
        Deadline deadline = calendar.deadline(at("2026-02-12T10:00"), TimeLimit.workingDays(3));
        assertThat(calendar.warningAt(deadline, TimeLimit.workingDays(1))).isEqualTo(at("2026-02-14T17:30"));
        assertThat(calendar.warningAt(deadline, TimeLimit.workingHours(2))).isEqualTo(at("2026-02-24T15:30"));
        assertThat(calendar.warningAt(deadline, TimeLimit.hours(4))).isEqualTo(at("2026-02-24T13:30"));
        assertThat(calendar.warningAt(deadline, TimeLimit.workingDays(10))).isEqualTo(deadline.start());
        assertThat(deadline.isOverdue(at("2026-02-24T17:30"))).isFalse();
        assertThat(deadline.isOverdue(at("2026-02-24T17:31"))).isTrue();
    }}
