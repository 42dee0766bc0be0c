package org.shuzhi.event.internal;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Event statistics 事件统计 over REST, within the caller's scope and for holders of {@code STATS_READ}: figures
 * grouped by region, grid, category, department, source, day or hour; the heat map's cells; the grid inspectors'
 * 3510 performance.
 */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Event statistics 事件统计", description = "Counts, rates and stage times of events; heat map; 3510 standard of grid inspectors")
class StatisticsApi {

    private final StatisticsService statistics;
    private final InspectorPerformance inspectors;
    private final Callers callers;

    StatisticsApi(StatisticsService statistics, InspectorPerformance inspectors, Callers callers) {
        this.statistics = statistics;
        this.inspectors = inspectors;
        this.callers = callers;
    }

    @GetMapping("/statistics")
    @Operation(summary = "Figures of the events reported in a period inside the caller's scope, per group and in "
            + "total: reported, accepted, rejected, handled, closed, overdue, handling and on-time rates, hours per "
            + "stage (average and median), returns and reopens. Merged duplicates are not counted.")
    StatisticsService.Report statistics(
            @Parameter(description = "first day, yyyy-MM-dd; default 29 days before `to`") @RequestParam(required = false) String from,
            @Parameter(description = "last day (inclusive), yyyy-MM-dd; default today") @RequestParam(required = false) String to,
            @Parameter(description = "a region code inside the caller's scope; narrows, never widens") @RequestParam(required = false) String region,
            @Parameter(description = "region (child regions of the scope's root), grid, category, department, source, day or hour; default day")
            @RequestParam(required = false) String by,
            @Parameter(description = "for by=category: catalogue level 1–3, default 1") @RequestParam(defaultValue = "1") int level,
            Locale locale) {
        DataScope scope = readScope();
        return statistics.report(statistics.period(from, to), region, StatisticsDimension.of(by), level, locale, scope);
    }

    @GetMapping("/heat")
    @Operation(summary = "Heat map of the events reported in a period inside the caller's scope: cells of 0.001° "
            + "(lat, lng of the cell's centre, weight = events), busiest first, at most `limit`")
    List<StatisticsRepository.HeatCell> heat(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String region,
            @Parameter(description = "a category code or prefix") @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "2000") int limit) {
        DataScope scope = readScope();
        return statistics.heat(statistics.period(from, to), region, blankToNull(category), limit, scope);
    }

    @GetMapping("/statistics/inspectors")
    @Operation(summary = "网格员 3510 standard per inspector and day: patrols (≥ 3), hours on patrol (≥ 5), "
            + "problems reported on patrol (≥ 10), which targets are met, and the share of inspector-days meeting all")
    InspectorPerformance.Report inspectors(
            @Parameter(description = "one day, yyyy-MM-dd (instead of from/to); default today") @RequestParam(required = false) String date,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String region) {
        DataScope scope = readScope();
        // one day by default: the standard is a daily one
        boolean range = blankToNull(from) != null || blankToNull(to) != null;
        StatisticsPeriod period = range && blankToNull(date) == null ? statistics.period(from, to)
                : statistics.day(date);
        return inspectors.report(period, region, scope);
    }

    private DataScope readScope() {
        if (!callers.current().has(Permission.STATS_READ)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "stats.forbidden", Permission.STATS_READ);
        }
        return callers.scope();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
