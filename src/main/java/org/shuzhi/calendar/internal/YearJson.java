package org.shuzhi.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.calendar.internal.CalendarStore.StoredYear;

/**
 * A year of the calendar as the API shows it.
 *
 * @param year        the year
 * @param known       false when the platform has no holiday arrangement for it: only weekends count as days off
 * @param origin      {@code BUNDLED} (the State Council notice shipped with Shuzhi) or {@code UPLOADED} (set by
 *                    this deployment); absent for an unknown year
 * @param source      the file or request it came from
 * @param updatedBy   who stored it
 * @param updatedAt   when
 * @param zone        the calendar's zone
 * @param officeHours the office hours of a working day
 * @param workingDays how many working days the year has
 * @param days        its holidays and make-up working days in date order
 */
record YearJson(int year, boolean known, String origin, String source, String updatedBy, Instant updatedAt,
        String zone, String officeHours, long workingDays, List<Day> days) {

    static YearJson of(int year, CalendarCache.Snapshot snapshot, WorkingCalendar calendar) {
        StoredYear stored = snapshot.years().get(year);
        long workingDays = calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
        List<Day> days = snapshot.table().daysOf(year).stream().map(Day::of).toList();
        return new YearJson(year, stored != null, stored == null ? null : stored.origin().name(),
                stored == null ? null : stored.source(), stored == null ? null : stored.updatedBy(),
                stored == null ? null : stored.updatedAt(), calendar.zone().getId(),
                calendar.officeHours().toString(), workingDays, days);
    }

    /**
     * One special day.
     *
     * @param date   the day
     * @param kind   {@code HOLIDAY} (休) or {@code WORKDAY} (调休上班, 班)
     * @param name   the holiday it belongs to
     * @param nameEn the same in English, when given
     */
    record Day(LocalDate date, @Schema(allowableValues = {"HOLIDAY", "WORKDAY"}) String kind, String name,
            String nameEn) {

        static Day of(SpecialDay day) {
            return new Day(day.date(), day.kind().name(), day.name(), day.nameEn());
        }
    }
}
