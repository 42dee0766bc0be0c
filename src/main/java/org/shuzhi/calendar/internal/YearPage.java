package org.shuzhi.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the year page shows: twelve month grids (weeks from Monday, as Chinese calendars print them), and the
 * year's holidays with their make-up working days.
 *
 * @param year        the year
 * @param known       whether the year's arrangement is stored
 * @param workingDays how many working days the year has
 * @param months      January to December
 * @param holidays    the holidays in order of their first day off
 */
record YearPage(int year, boolean known, long workingDays, List<Month> months, List<Holiday> holidays) {

    /**
     * One month.
     *
     * @param number 1 to 12
     * @param weeks  rows of seven cells, Monday first; days of other months are blank cells
     */
    record Month(int number, List<List<Cell>> weeks) {
    }

    /**
     * One cell of a month grid.
     *
     * @param date  the day, {@code null} for a blank cell
     * @param kind  {@code workday}, {@code weekend}, {@code holiday} (休), {@code makeup} (班) or {@code blank}
     * @param name  the holiday's name for special days, else {@code null}
     * @param today whether it is today in the calendar's zone
     */
    record Cell(LocalDate date, String kind, String name, boolean today) {

        static final Cell BLANK = new Cell(null, "blank", null, false);
    }

    /**
     * A holiday of the year.
     *
     * @param name    its name in the page's language
     * @param first   the first day off
     * @param last    the last day off
     * @param daysOff how many days off
     * @param makeUp  its make-up working days
     */
    record Holiday(String name, LocalDate first, LocalDate last, int daysOff, List<LocalDate> makeUp) {
    }

    static YearPage of(int year, DayTable table, LocalDate today, Locale locale) {
        List<Month> months = new ArrayList<>();
        long workingDays = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
                week.add(Cell.BLANK);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                Cell cell = cell(date, table, today, locale);
                workingDays += table.isWorkingDay(date) ? 1 : 0;
                week.add(cell);
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(Cell.BLANK);
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return new YearPage(year, table.isKnown(year), workingDays, months, holidays(table.daysOf(year), locale));
    }

    private static Cell cell(LocalDate date, DayTable table, LocalDate today, Locale locale) {
        SpecialDay special = table.special(date);
        String kind = special != null ? (special.kind() == SpecialDay.Kind.HOLIDAY ? "holiday" : "makeup")
                : DayTable.isWeekend(date) ? "weekend" : "workday";
        return new Cell(date, kind, special == null ? null : special.name(locale), date.equals(today));
    }

    /** Groups the special days by holiday name, ordered by each holiday's first day off. */
    private static List<Holiday> holidays(List<SpecialDay> days, Locale locale) {
        Map<String, List<SpecialDay>> byName = new LinkedHashMap<>();
        days.stream().filter(d -> d.kind() == SpecialDay.Kind.HOLIDAY)
                .forEach(d -> byName.computeIfAbsent(d.name(locale), n -> new ArrayList<>()).add(d));
        List<Holiday> holidays = new ArrayList<>();
        byName.forEach((name, off) -> holidays.add(new Holiday(name, off.get(0).date(),
                off.get(off.size() - 1).date(), off.size(), days.stream()
                        .filter(d -> d.kind() == SpecialDay.Kind.WORKDAY && d.name(locale).equals(name))
                        .map(SpecialDay::date).toList())));
        return holidays;
    }
}
