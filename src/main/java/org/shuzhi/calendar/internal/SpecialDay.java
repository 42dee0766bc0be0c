package org.shuzhi.calendar.internal;

import java.time.LocalDate;

/**
 * A day whose status the year's arrangement sets: a holiday (休), or a make-up working day (调休上班, 班) on a weekend.
 *
 * @param date   the day
 * @param kind   holiday or make-up working day
 * @param name   the holiday it belongs to, in Chinese (e.g. 春节)
 * @param nameEn the same in English, or {@code null}
 */
record SpecialDay(LocalDate date, Kind kind, String name, String nameEn) {

    /** What the arrangement makes of the day. */
    enum Kind {
        /** A day off (休), also when it falls on a weekend. */
        HOLIDAY,
        /** A weekend day worked instead (调休上班, 班). */
        WORKDAY
    }

    /** The name in the given language: English when asked for and present, Chinese otherwise. */
    String name(java.util.Locale locale) {
        return nameEn != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
