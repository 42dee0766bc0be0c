package org.shuzhi.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable version of the calendar: the special days of every known year. A few hundred entries, so a plain
 * hash map is all it takes; the cache swaps whole tables, and a computation reads one table from start to end.
 */
final class DayTable {

    static final DayTable EMPTY = new DayTable(Set.of(), List.of());

    private final Set<Integer> knownYears;
    private final Map<LocalDate, SpecialDay> special;

    DayTable(Set<Integer> knownYears, Collection<SpecialDay> days) {
        this.knownYears = Set.copyOf(knownYears);
        Map<LocalDate, SpecialDay> map = new HashMap<>();
        days.forEach(day -> map.put(day.date(), day));
        this.special = Map.copyOf(map);
    }

    boolean isKnown(int year) {
        return knownYears.contains(year);
    }

    Set<Integer> knownYears() {
        return knownYears;
    }

    /** The arrangement of this day, or {@code null} for an ordinary day. */
    SpecialDay special(LocalDate date) {
        return special.get(date);
    }

    /** The rule without any knowledge of whether the year is known: arrangement first, then the weekend. */
    boolean isWorkingDay(LocalDate date) {
        SpecialDay day = special.get(date);
        if (day != null) {
            return day.kind() == SpecialDay.Kind.WORKDAY;
        }
        return !isWeekend(date);
    }

    /** The special days of one year, in date order. */
    List<SpecialDay> daysOf(int year) {
        return special.values().stream().filter(day -> day.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(SpecialDay::date)).toList();
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
