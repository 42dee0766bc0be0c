package org.shuzhi.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.shuzhi.calendar.OfficeHours;
import org.springframework.core.io.ClassPathResource;

/** The bundled 2025 and 2026 arrangements as a day table and an arithmetic, for unit tests. */
final class BundledCalendars {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private BundledCalendars() {
    }

    /** A local date-time in Shanghai, e.g. {@code 2026-02-13T20:00}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    static Arrangement year(int year) {
        return BundledArrangements.read(new ClassPathResource("calendar/cn-holidays-" + year + ".csv"));
    }

    static DayTable table() {
        List<SpecialDay> days = new ArrayList<>(year(2025).days());
        days.addAll(year(2026).days());
        return new DayTable(Set.of(2025, 2026), days);
    }

    static CalendarArithmetic calendar() {
        return calendar(OfficeHours.DEFAULT);
    }

    static CalendarArithmetic calendar(OfficeHours hours) {
        DayTable table = table();
        return new CalendarArithmetic(() -> table, SHANGHAI, hours);
    }
}
