package org.shuzhi.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working days and working hours in the calendar's zone, with the Chinese public holidays and make-up working days
 * (调休) of every year the platform has an arrangement for. Computations run in memory and never touch the database;
 * they always see one consistent version of the calendar, even while an administrator replaces a year.
 *
 * <p>The conventions — the start day is not counted, deadlines fall at close of business, years without an
 * arrangement count weekends only — are stated in the {@linkplain org.shuzhi.calendar module documentation}.
 */
public interface WorkingCalendar {

    /** The zone whose local dates are counted ({@code shuzhi.calendar.zone}). */
    ZoneId zone();

    /** The office hours of a working day ({@code shuzhi.calendar.office-hours}). */
    OfficeHours officeHours();

    /** True when the platform holds the holiday arrangement of this year. */
    boolean isKnown(int year);

    /** True for a working day: a make-up working day, or Monday to Friday and not a holiday. */
    boolean isWorkingDay(LocalDate date);

    /** The first working day after {@code date} (never {@code date} itself). */
    LocalDate nextWorkingDay(LocalDate date);

    /** The last working day before {@code date} (never {@code date} itself). */
    LocalDate previousWorkingDay(LocalDate date);

    /**
     * Close of business of the {@code days}th working day after the start's date; the start's date itself is not
     * counted. A negative number counts back: {@code -1} is close of business of the last working day before the
     * start's date. Zero is close of business of the start's date when that is a working day and the start is not
     * after its close, otherwise of the next working day.
     */
    Instant addWorkingDays(Instant start, int days);

    /** {@link #addWorkingDays(Instant, int)} for a zoned start; the result is in the start's zone. */
    default ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        return addWorkingDays(start.toInstant(), days).atZone(start.getZone());
    }

    /**
     * The instant at which {@code amount} of office time on working days has passed since {@code start}; time
     * outside office hours does not count. A negative amount walks back in the same way. Ending exactly on the
     * end of a period (going forward) or its start (going back) answers that boundary. Zero answers the start.
     */
    Instant addWorkingTime(Instant start, Duration amount);

    /** {@link #addWorkingTime} in whole hours. */
    default Instant addWorkingHours(Instant start, long hours) {
        return addWorkingTime(start, Duration.ofHours(hours));
    }

    /** {@link #addWorkingHours(Instant, long)} for a zoned start; the result is in the start's zone. */
    default ZonedDateTime addWorkingHours(ZonedDateTime start, long hours) {
        return addWorkingHours(start.toInstant(), hours).atZone(start.getZone());
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative (the same count) when
     * {@code to} is before {@code from}, zero when they are equal. For a start on date {@code d} and
     * {@code n ≥ 1}: {@code workingDaysBetween(d, date of addWorkingDays(start, n)) == n}.
     */
    long workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * The office time on working days between two instants; negative when {@code to} is before {@code from}. It
     * inverts {@link #addWorkingTime}: {@code workingTimeBetween(s, addWorkingTime(s, d)) == d}.
     */
    Duration workingTimeBetween(Instant from, Instant to);

    /** When something that starts at {@code start} under {@code limit} is due. */
    Deadline deadline(Instant start, TimeLimit limit);

    /**
     * When to warn that a deadline is near: {@code before} ahead of its due instant, counted in {@code before}'s own
     * unit (calendar hours back from the due instant, working hours back through office hours, or close of business
     * of the Nth working day before the due date); never before the deadline's start.
     */
    Instant warningAt(Deadline deadline, TimeLimit before);
}
