/**
 * Calendar 工作日历: working days and working hours for deadlines (时限) — Chinese public holidays and make-up working
 * days (调休) per year, office hours, and the arithmetic the event centre and the sharing exchange use to compute
 * due times.
 *
 * <p>API: {@link org.shuzhi.calendar.WorkingCalendar} for the arithmetic, {@link org.shuzhi.calendar.TimeLimit} and
 * {@link org.shuzhi.calendar.Deadline} for deadlines, {@link org.shuzhi.calendar.OfficeHours} for the working hours
 * of a day, and the event {@link org.shuzhi.calendar.CalendarChanged}. Storage (schema {@code calendar}), the
 * bundled State Council arrangements, the REST API, the import command and the year page are internal.
 *
 * <h2>Which days are working days</h2>
 * A day is a working day when the year's arrangement marks it as a make-up working day (调休上班, {@code WORKDAY}),
 * or when it is Monday to Friday and not marked as a holiday ({@code HOLIDAY}). A year without an arrangement
 * (not {@link org.shuzhi.calendar.WorkingCalendar#isKnown known}) falls back to weekends only; the platform logs a
 * warning the first time it computes with such a year, and {@link org.shuzhi.calendar.Deadline#known()} says so.
 *
 * <h2>Counting conventions</h2>
 * All dates are local dates in the calendar's zone (setting {@code shuzhi.calendar.zone}, default Asia/Shanghai),
 * whatever zone an argument carries. Close of business is the end of the last office-hours period (setting
 * {@code shuzhi.calendar.office-hours}, default 09:00-12:00 and 13:30-17:30).
 * <ul>
 * <li><b>Working days</b> follow the Civil Code (民法典 art. 201, 203): the day on which the period starts is not
 * counted, whatever the hour and whether or not it is a working day; counting starts with the next working day,
 * and the deadline is the close of business of the Nth working day. A request received on Friday at 10:00 or at
 * 20:00, on Saturday or on a holiday, with one working day to answer, is due at close of business of the first
 * working day after that date. Zero working days means the close of business of the start day when that is a
 * working day not yet past its close, otherwise of the next working day.</li>
 * <li><b>Working hours</b> count only time inside office hours on working days; a start outside office hours
 * starts counting at the next opening. A sum that ends exactly at the end of a period is due then (12:00, 17:30),
 * not at the next opening.</li>
 * <li><b>Calendar hours</b> (urgent matters, 24x7) ignore the calendar altogether.</li>
 * <li>{@code workingDaysBetween(a, b)} counts the working days after a up to and including b, negative when b is
 * before a, so that it inverts {@code addWorkingDays}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar 工作日历")
package org.shuzhi.calendar;
