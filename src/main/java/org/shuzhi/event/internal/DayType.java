package org.shuzhi.event.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The kind of day a dispatch rule may be limited to, by the working calendar: a working day (including a make-up
 * working day 调休上班), an ordinary weekend, or a public holiday (节假日).
 */
enum DayType {
    WORKDAY, WEEKEND, HOLIDAY;

    /** No run of days off is longer than this (the Spring Festival with its weekends takes nine). */
    private static final int LONGEST_BREAK = 15;

    /**
     * The kind of {@code date}. A day off belongs to a holiday when its run of consecutive days off contains a
     * Monday-to-Friday day — so the Saturday and Sunday inside the National Day week count as holiday, an ordinary
     * weekend as weekend.
     */
    static DayType of(LocalDate date, Predicate<LocalDate> isWorkingDay) {
        if (isWorkingDay.test(date)) {
            return WORKDAY;
        }
        return weekdayOff(date, 1, isWorkingDay) || weekdayOff(date, -1, isWorkingDay) ? HOLIDAY : WEEKEND;
    }

    private static boolean weekdayOff(LocalDate date, int step, Predicate<LocalDate> isWorkingDay) {
        LocalDate day = date;
        for (int i = 0; i < LONGEST_BREAK && !isWorkingDay.test(day); i++, day = day.plusDays(step)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return true;
            }
        }
        return false;
    }
}
