package org.shuzhi.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.shuzhi.calendar.Deadline;
import org.shuzhi.calendar.OfficeHours;
import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.calendar.WorkingCalendar;

/**
 * The {@link WorkingCalendar} arithmetic over one {@link DayTable} at a time, taken from a supplier (the cache) once
 * per call so that a computation never mixes two versions of the calendar. Pure and in memory; the conventions are
 * those of the module documentation.
 */
final class CalendarArithmetic implements WorkingCalendar {

    /** Ten years without a working day can only be broken data; fail instead of looping on. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final Supplier<DayTable> tables;
    private final ZoneId zone;
    private final OfficeHours hours;
    private final List<OfficeHours.Period> periodsBackwards;
    private final YearCoverage coverage = new YearCoverage();

    CalendarArithmetic(Supplier<DayTable> tables, ZoneId zone, OfficeHours hours) {
        this.tables = tables;
        this.zone = zone;
        this.hours = hours;
        List<OfficeHours.Period> backwards = new ArrayList<>(hours.periods());
        Collections.reverse(backwards);
        this.periodsBackwards = List.copyOf(backwards);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public OfficeHours officeHours() {
        return hours;
    }

    @Override
    public boolean isKnown(int year) {
        return tables.get().isKnown(year);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return working(tables.get(), date);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return step(tables.get(), date, 1);
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        return step(tables.get(), date, -1);
    }

    @Override
    public Instant addWorkingDays(Instant start, int days) {
        return addWorkingDays(tables.get(), start, days);
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration amount) {
        return addWorkingTime(tables.get(), start, amount);
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        DayTable table = tables.get();
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(table, day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        DayTable table = tables.get();
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!working(table, day)) {
                continue;
            }
            for (OfficeHours.Period period : hours.periods()) {
                Instant start = latest(from, at(day, period.start()));
                Instant end = earliest(to, at(day, period.end()));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    @Override
    public Deadline deadline(Instant start, TimeLimit limit) {
        DayTable table = tables.get();
        Instant due = switch (limit.unit()) {
            case HOURS -> start.plus(Duration.ofHours(limit.amount()));
            case WORKING_HOURS -> addWorkingTime(table, start, Duration.ofHours(limit.amount()));
            case WORKING_DAYS -> addWorkingDays(table, start, limit.amount());
        };
        boolean known = limit.unit() == TimeLimit.Unit.HOURS
                || YearCoverage.allKnown(table, start.atZone(zone).getYear(), due.atZone(zone).getYear());
        return new Deadline(start, limit, due, known);
    }

    @Override
    public Instant warningAt(Deadline deadline, TimeLimit before) {
        DayTable table = tables.get();
        Instant due = deadline.due();
        Instant warning = switch (before.unit()) {
            case HOURS -> due.minus(Duration.ofHours(before.amount()));
            case WORKING_HOURS -> addWorkingTime(table, due, Duration.ofHours(-before.amount()));
            case WORKING_DAYS -> before.amount() == 0 ? due : addWorkingDays(table, due, -before.amount());
        };
        return latest(warning, deadline.start());
    }

    private Instant addWorkingDays(DayTable table, Instant start, int days) {
        LocalDate date = start.atZone(zone).toLocalDate();
        if (days == 0) {
            boolean today = working(table, date) && !start.isAfter(closeOfBusiness(date));
            return closeOfBusiness(today ? date : step(table, date, 1));
        }
        int direction = days > 0 ? 1 : -1;
        for (int i = 0; i < Math.abs(days); i++) {
            date = step(table, date, direction);
        }
        return closeOfBusiness(date);
    }

    private Instant addWorkingTime(DayTable table, Instant start, Duration amount) {
        if (amount.isZero()) {
            return start;
        }
        return amount.isNegative() ? back(table, start, amount.negated()) : forward(table, start, amount);
    }

    /** Walks office periods forward from {@code start} until {@code amount} is used up. */
    private Instant forward(DayTable table, Instant start, Duration amount) {
        Duration left = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        if (!working(table, day)) {
            day = step(table, day, 1);
        }
        while (true) {
            for (OfficeHours.Period period : hours.periods()) {
                Instant end = at(day, period.end());
                if (!start.isBefore(end)) {
                    continue;
                }
                Instant from = latest(start, at(day, period.start()));
                Duration available = Duration.between(from, end);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
            day = step(table, day, 1);
        }
    }

    /** Walks office periods backward from {@code start} until {@code amount} is used up. */
    private Instant back(DayTable table, Instant start, Duration amount) {
        Duration left = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        if (!working(table, day)) {
            day = step(table, day, -1);
        }
        while (true) {
            for (OfficeHours.Period period : periodsBackwards) {
                Instant from = at(day, period.start());
                if (!from.isBefore(start)) {
                    continue;
                }
                Instant to = earliest(start, at(day, period.end()));
                Duration available = Duration.between(from, to);
                if (left.compareTo(available) <= 0) {
                    return to.minus(left);
                }
                left = left.minus(available);
            }
            day = step(table, day, -1);
        }
    }

    /** The first working day after (direction 1) or before (−1) {@code date}. */
    private LocalDate step(DayTable table, LocalDate date, int direction) {
        LocalDate day = date;
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++) {
            day = day.plusDays(direction);
            if (working(table, day)) {
                return day;
            }
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS_SEARCHED + " days of " + date);
    }

    private boolean working(DayTable table, LocalDate day) {
        coverage.used(table, day.getYear());
        return table.isWorkingDay(day);
    }

    private Instant closeOfBusiness(LocalDate day) {
        return at(day, hours.closeOfBusiness());
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
