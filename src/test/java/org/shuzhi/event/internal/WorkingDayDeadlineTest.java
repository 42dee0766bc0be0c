package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deadlines in working days across the 2026 holidays as the State Council arranged them (bundled in
 * {@code calendar/cn-holidays-2026.csv}): the holidays are skipped and the make-up working days (调休) count.
 */
@IntegrationTest
class WorkingDayDeadlineTest {

    @Autowired
    WatchFixture fixture;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * National Day: from Wednesday 30 September, 1–7 October are holidays and Saturday 10 October is worked, so five
     * working days are 8, 9, 10, 12 and 13 October. Spring Festival: from Thursday 12 February, 15–23 February are
     * holidays and Saturdays 14 and 28 February are worked, so ten working days are 13, 14, 24–28 February and
     * 2–4 March.
     */
    @ParameterizedTest
    @CsvSource({
        "2026-09-30T10:00, 010101, 5, 2026-10-13",
        "2026-02-12T10:00, 010104, 10, 2026-03-04"})
    void aWorkingDayLimitSkipsTheHolidaysAndCountsTheMakeUpDays(LocalDateTime dispatched, String category,
            int days, LocalDate expected) {
        EventView event = fixture.dispatchedAt(dispatched.atZone(calendar.zone()).toInstant(), category, HandlingLevel.TOWNSHIP);

        ZonedDateTime due = event.dueAt().atZone(calendar.zone());
        assertThat(due.toLocalDate()).isEqualTo(expected);
        assertThat(due.toLocalTime()).isEqualTo(calendar.officeHours().closeOfBusiness());
        assertThat(calendar.workingDaysBetween(dispatched.toLocalDate(), expected)).isEqualTo(days);
    }

    /**
     * The warning of a working-day deadline comes at 80 % of the office time, not of the calendar time: for the
     * National Day event 41 office hours run from 30 September 10:00 to 13 October 17:30 (6 that day, 7 on each of
     * five working days), and 80 % of them end on Monday 12 October at 16:18 — not during the holiday week.
     */
    @Test
    void theWarningOfAWorkingDayDeadlineCountsOfficeTime() {
        Instant dispatched = LocalDateTime.parse("2026-09-30T10:00").atZone(calendar.zone()).toInstant();
        EventView event = fixture.dispatchedAt(dispatched, "010102", HandlingLevel.TOWNSHIP);

        clock.setTo(LocalDateTime.parse("2026-10-02T10:00").atZone(calendar.zone()).toInstant());
        watch.run();

        ZonedDateTime warnAt = jdbc.sql("select warn_at from event.event where id = ?").param(event.id())
                .query(Timestamp.class).single().toInstant().atZone(calendar.zone());
        assertThat(warnAt.toLocalDate()).isEqualTo(LocalDate.parse("2026-10-12"));
        assertThat(warnAt.toLocalTime()).isBetween(LocalTime.of(16, 17), LocalTime.of(16, 19));
        assertThat(fixture.event(event.id()).overdue()).isFalse();
    }
}
