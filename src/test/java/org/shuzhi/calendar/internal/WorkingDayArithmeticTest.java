package org.shuzhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.calendar.internal.BundledCalendars.SHANGHAI;
import static org.shuzhi.calendar.internal.BundledCalendars.at;
import static org.shuzhi.calendar.internal.BundledCalendars.day;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuzhi.calendar.Deadline;
import org.shuzhi.calendar.TimeLimit;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Working days on the bundled 2025 and 2026 arrangements (Asia/Shanghai, close of business 17:30): the 2026 Spring
 * Festival with its make-up Saturdays 2/14 and 2/28, National Day 2025 with its make-up Sunday 9/28 and Saturday
 * 10/11, and 2027, which has no arrangement.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkingDayArithmeticTest {

    final CalendarArithmetic calendar = BundledCalendars.calendar();

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        "2026-02-13, true",   // Friday before the Spring Festival
        "2026-02-14, true",   // Saturday, make-up working day
        "2026-02-15, false",  // Sunday, first day off
        "2026-02-17, false",  // Tuesday, 春节
        "2026-02-23, false",  // Monday, last day off
        "2026-02-24, true",
        "2026-02-28, true",   // Saturday, make-up working day
        "2026-03-01, false",  // ordinary Sunday
        "2025-09-28, true",   // Sunday, make-up working day
        "2025-09-30, true",
        "2025-10-01, false",
        "2025-10-08, false",  // Wednesday, last day of 国庆节、中秋节
        "2025-10-09, true",
        "2025-10-11, true",   // Saturday, make-up working day
        "2025-10-12, false",
        "2025-01-01, false"})
    void followTheArrangement(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void nextAndPreviousSkipHolidaysAndTakeMakeUpDays() {
        assertThat(calendar.nextWorkingDay(day("2026-02-13"))).isEqualTo(day("2026-02-14"));
        assertThat(calendar.nextWorkingDay(day("2026-02-14"))).isEqualTo(day("2026-02-24"));
        assertThat(calendar.nextWorkingDay(day("2025-09-26"))).isEqualTo(day("2025-09-28"));
        assertThat(calendar.nextWorkingDay(day("2025-09-30"))).isEqualTo(day("2025-10-09"));
        assertThat(calendar.previousWorkingDay(day("2026-02-24"))).isEqualTo(day("2026-02-14"));
        assertThat(calendar.previousWorkingDay(day("2025-10-09"))).isEqualTo(day("2025-09-30"));
    }

    @Test
    void eachBundledYearHas248WorkingDays() {
        assertThat(calendar.workingDaysBetween(day("2024-12-31"), day("2025-12-31"))).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(day("2025-12-31"), day("2026-12-31"))).isEqualTo(248);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // the start day is never counted, whatever the hour
        "2026-03-04T10:00, 1, 2026-03-05T17:30",
        "2026-03-04T08:00, 1, 2026-03-05T17:30",
        // Friday during office hours and Friday evening after close are the same: counting starts on Monday
        "2026-03-06T10:00, 1, 2026-03-09T17:30",
        "2026-03-06T20:00, 1, 2026-03-09T17:30",
        // … unless Saturday is a make-up working day
        "2026-02-13T20:00, 1, 2026-02-14T17:30",
        "2026-02-27T20:00, 1, 2026-02-28T17:30",
        // across the Spring Festival 2026: 2/13, 2/14 (班), then 2/24
        "2026-02-12T10:00, 3, 2026-02-24T17:30",
        "2026-02-12T10:00, 4, 2026-02-25T17:30",
        // starting on a holiday: counting starts with the first working day after it
        "2026-02-17T10:00, 1, 2026-02-24T17:30",
        "2025-10-03T10:00, 1, 2025-10-09T17:30",
        "2025-10-03T10:00, 3, 2025-10-11T17:30",
        // starting on a make-up working day: that day is not counted either
        "2026-02-14T10:00, 1, 2026-02-24T17:30",
        "2025-09-28T10:00, 2, 2025-09-30T17:30",
        // National Day 2025 with the make-up Sunday 9/28 and Saturday 10/11
        "2025-09-26T15:00, 2, 2025-09-29T17:30",
        "2025-09-30T11:00, 2, 2025-10-10T17:30",
        "2025-09-30T11:00, 5, 2025-10-14T17:30",
        // zero: today's close while it lasts, else the next working day's
        "2026-03-06T10:00, 0, 2026-03-06T17:30",
        "2026-03-06T17:30, 0, 2026-03-06T17:30",
        "2026-03-06T20:00, 0, 2026-03-09T17:30",
        "2026-02-14T10:00, 0, 2026-02-14T17:30",
        "2026-02-16T10:00, 0, 2026-02-24T17:30",
        // negative: back from the start's date
        "2026-02-24T17:30, -1, 2026-02-14T17:30",
        "2025-10-09T09:00, -1, 2025-09-30T17:30"})
    void countFromTheDayAfterTheStartToCloseOfBusiness(String start, int days, String due) {
        assertThat(calendar.addWorkingDays(at(start), days)).isEqualTo(at(due));
    }

    @Test
    void zonedStartsAreCountedInTheCalendarsZoneAndAnsweredInTheirOwn() {
        // 12:00 UTC on Friday 13 February 2026 is 20:00 in Shanghai, after close; Saturday the 14th is worked
        ZonedDateTime utc = ZonedDateTime.of(2026, 2, 13, 12, 0, 0, 0, ZoneOffset.UTC);
        assertThat(calendar.addWorkingDays(utc, 1))
                .isEqualTo(ZonedDateTime.of(2026, 2, 14, 9, 30, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void workingDaysBetweenInvertsIt() {
        Random random = new Random(20260214);
        for (int i = 0; i < 500; i++) {
            Instant start = at("2025-01-01T00:00").plus(Duration.ofMinutes(random.nextInt(700 * 24 * 60)));
            int days = 1 + random.nextInt(40);
            LocalDate due = calendar.addWorkingDays(start, days).atZone(SHANGHAI).toLocalDate();
            assertThat(calendar.workingDaysBetween(start.atZone(SHANGHAI).toLocalDate(), due))
                    .as("%s + %d", start, days).isEqualTo(days);
        }
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "2026-02-13, 2026-02-24, 2",   // 2/14 (班) and 2/24
        "2026-02-14, 2026-02-23, 0",
        "2026-02-14, 2026-02-24, 1",
        "2025-09-30, 2025-10-08, 0",
        "2025-09-30, 2025-10-09, 1",
        "2025-09-27, 2025-10-11, 6",   // 9/28 (班), 9/29, 9/30, 10/9, 10/10, 10/11 (班)
        "2026-03-04, 2026-03-04, 0"})
    void countWorkingDaysAfterTheFirstUpToTheSecondAndNegatedBackwards(LocalDate from, LocalDate to, long count) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(count);
        assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-count);
    }

    @Test
    void workingTimeOverAWeekendAndBackwards() {
        Duration friToMon = calendar.workingTimeBetween(at("2026-03-06T17:00"), at("2026-03-09T10:00"));
        assertThat(friToMon).isEqualTo(Duration.ofMinutes(90));
        assertThat(calendar.workingTimeBetween(at("2026-03-09T10:00"), at("2026-03-06T17:00")))
                .isEqualTo(Duration.ofMinutes(-90));
        assertThat(calendar.workingTimeBetween(at("2026-02-14T12:00"), at("2026-02-24T09:00")))
                .isEqualTo(Duration.ofMinutes(240));
    }

    @Test
    void countsWeekendsOnlySaysSoAndWarnsOnce(CapturedOutput output) {
        assertThat(calendar.isKnown(2026)).isTrue();
        assertThat(calendar.isKnown(2027)).isFalse();
        // 1 January 2027 is a Friday: without an arrangement it is an ordinary working day
        assertThat(calendar.isWorkingDay(day("2027-01-01"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2027-01-02"))).isFalse();
        Deadline across = calendar.deadline(at("2026-12-30T10:00"), TimeLimit.workingDays(3));
        assertThat(across.due()).isEqualTo(at("2027-01-04T17:30"));
        assertThat(across.known()).isFalse();
        assertThat(calendar.deadline(at("2026-12-01T10:00"), TimeLimit.workingDays(3)).known()).isTrue();
        assertThat(calendar.workingDaysBetween(day("2026-12-31"), day("2027-12-31"))).isEqualTo(261);
        assertThat(output.getOut().split("No holiday arrangement for 2027", -1)).hasSize(2);
    }}
