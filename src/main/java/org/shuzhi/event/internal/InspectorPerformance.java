package org.shuzhi.event.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * The 3510 standard of grid inspectors (网格员 3510 标准): on a working day at least 3 patrols, at least 5 hours on
 * patrol and at least 10 problems reported on patrol. Inspectors are the accounts with patrols in the period inside
 * the scope; each of them is assessed on every working day of the period and on any other day they were active.
 * A patrol counts on the day it started, once checked out.
 */
@Component
class InspectorPerformance {

    /** The targets of the standard. */
    record Targets(int patrols, double hours, long problems) {
    }

    static final Targets TARGETS = new Targets(3, 5.0, 10);

    /**
     * One inspector on one day.
     *
     * @param name the display name (staff; only callers whose scope covers the patrols see it at all)
     */
    record InspectorDay(String account, String name, LocalDate day, int patrols, double hours, long problems,
            boolean patrolsMet, boolean hoursMet, boolean problemsMet, boolean allMet) {
    }

    /** The assessment of a period: every inspector-day and the share of them meeting all three targets. */
    record Report(LocalDate from, LocalDate to, Targets targets, List<InspectorDay> days, int inspectorDays,
            int meetingAll, Double shareMeetingAll) {
    }

    private final PatrolRepository patrols;
    private final StatisticsRepository events;
    private final WorkingCalendar calendar;

    InspectorPerformance(PatrolRepository patrols, StatisticsRepository events, WorkingCalendar calendar) {
        this.patrols = patrols;
        this.events = events;
        this.calendar = calendar;
    }

    /** The 3510 assessment of {@code period} inside {@code scope} narrowed to {@code region}. */
    Report report(StatisticsPeriod period, String region, DataScope scope) {
        DataScope narrowed = StatisticsService.narrow(scope, region);
        var zone = calendar.zone();
        Map<String, Map<LocalDate, PatrolRepository.PatrolDay>> patrolDays = new TreeMap<>();
        for (PatrolRepository.PatrolDay day : patrols.days(period.start(zone), period.end(zone), zone, narrowed)) {
            patrolDays.computeIfAbsent(day.account(), a -> new HashMap<>()).put(day.day(), day);
        }
        Map<String, Map<LocalDate, Long>> reports = new HashMap<>();
        for (StatisticsRepository.ReporterDay day : events.patrolReports(period.start(zone), period.end(zone), zone,
                narrowed)) {
            reports.computeIfAbsent(day.account(), a -> new HashMap<>()).put(day.day(), day.reports());
        }
        List<InspectorDay> days = new ArrayList<>();
        patrolDays.forEach((account, byDay) -> {
            String name = byDay.values().iterator().next().name();
            Map<LocalDate, Long> reported = reports.getOrDefault(account, Map.of());
            TreeSet<LocalDate> assessed = new TreeSet<>(byDay.keySet());
            assessed.addAll(reported.keySet());
            period.from().datesUntil(period.to().plusDays(1)).filter(calendar::isWorkingDay).forEach(assessed::add);
            for (LocalDate day : assessed) {
                PatrolRepository.PatrolDay patrolled = byDay.get(day);
                days.add(assess(account, name, day, patrolled == null ? 0 : patrolled.patrols(),
                        patrolled == null ? 0 : patrolled.hours(), reported.getOrDefault(day, 0L)));
            }
        });
        int meetingAll = (int) days.stream().filter(InspectorDay::allMet).count();
        return new Report(period.from(), period.to(), TARGETS, days, days.size(), meetingAll,
                StatisticsFigures.rate(meetingAll, days.size()));
    }

    /** One inspector-day against the targets. */
    static InspectorDay assess(String account, String name, LocalDate day, int patrols, double hours, long problems) {
        boolean patrolsMet = patrols >= TARGETS.patrols();
        boolean hoursMet = hours >= TARGETS.hours();
        boolean problemsMet = problems >= TARGETS.problems();
        return new InspectorDay(account, name, day, patrols, Math.round(hours * 100) / 100.0, problems, patrolsMet,
                hoursMet, problemsMet, patrolsMet && hoursMet && problemsMet);
    }
}
