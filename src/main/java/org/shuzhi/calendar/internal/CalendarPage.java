package org.shuzhi.calendar.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.platform.Unscoped;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /calendar/{year}}: the year as month grids — holidays in red (休), make-up working days marked 班 — with the
 * list of holidays, for every signed-in person. {@code /calendar} opens the current year. A year outside the range
 * the calendar accepts renders the error page with a 400.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPage {

    private static final String NATIONAL = "national public holiday arrangement, the same for every jurisdiction";

    private final CalendarCache cache;
    private final WorkingCalendar calendar;

    CalendarPage(CalendarCache cache, WorkingCalendar calendar) {
        this.cache = cache;
        this.calendar = calendar;
    }

    @GetMapping
    @Unscoped(NATIONAL)
    String currentYear() {
        return "redirect:/calendar/" + LocalDate.now(calendar.zone()).getYear();
    }

    @GetMapping("/{year}")
    @Unscoped(NATIONAL)
    String year(@PathVariable int year, Model model, Locale locale) {
        Arrangement.checkYear(year);
        model.addAttribute("page", YearPage.of(year, cache.table(), LocalDate.now(calendar.zone()), locale));
        model.addAttribute("officeHours", calendar.officeHours().toString().replace(",", ", "));
        model.addAttribute("zone", calendar.zone().getId());
        model.addAttribute("minYear", Arrangement.MIN_YEAR);
        model.addAttribute("maxYear", Arrangement.MAX_YEAR);
        return "calendar/year";
    }
}
