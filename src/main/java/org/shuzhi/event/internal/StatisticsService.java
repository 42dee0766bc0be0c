package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.EventCategories;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.Grids;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Event statistics 事件统计 within a scope: figures per group and in total for a period, with the groups named
 * (regions by the division tree, grids by the grid module, categories by the catalogue, departments by the identity
 * module within the scope, sources in the caller's language), and the heat map's cells. Filters narrow the scope,
 * never widen it: a region outside it gives empty statistics, as if nothing happened there.
 */
@Service
class StatisticsService {

    /** Heat cells of 0.001° — about 100 m, finer than a grid, coarse enough to say nothing about one house. */
    static final double HEAT_CELL_DEGREES = 0.001;
    /** The most heat cells one answer carries. */
    static final int HEAT_MAX_CELLS = 5000;

    private final StatisticsRepository repository;
    private final StatisticsRollup rollup;
    private final StatisticsRollupReads rolledUp;
    private final Environment environment;
    private final Jurisdictions jurisdictions;
    private final Grids grids;
    private final EventCategories categories;
    private final DepartmentNames departments;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;

    StatisticsService(StatisticsRepository repository, StatisticsRollup rollup, StatisticsRollupReads rolledUp,
            Environment environment, Jurisdictions jurisdictions,
            Grids grids, EventCategories categories, DepartmentNames departments, MessageSource messages,
            WorkingCalendar calendar, Clock clock) {
        this.repository = repository;
        this.rollup = rollup;
        this.rolledUp = rolledUp;
        this.environment = environment;
        this.jurisdictions = jurisdictions;
        this.grids = grids;
        this.categories = categories;
        this.departments = departments;
        this.messages = messages;
        this.zone = calendar.zone();
        this.clock = clock;
    }

    /**
     * A named group and its figures; {@code key} is {@code null} for events without a value (no grid yet). The key
     * is the code (a department's {@code 320509-cg}), the name what people call it (吴江区城市管理局) — the code
     * again where nothing better is known, e.g. a department outside the reader's scope.
     */
    record Group(String key, String name, StatisticsFigures figures) {
    }

    /** Statistics of a period: the totals and the groups, ordered by key. */
    record Report(LocalDate from, LocalDate to, StatisticsDimension by, StatisticsFigures totals, List<Group> groups) {
    }

    /** The period from request parameters, relative to today in the calendar's zone. */
    StatisticsPeriod period(String from, String to) {
        return StatisticsPeriod.of(from, to, LocalDate.ofInstant(clock.instant(), zone), StatisticsPeriod.MAX_DAYS);
    }

    /** One day, {@code yyyy-MM-dd}, or today in the calendar's zone. */
    StatisticsPeriod day(String date) {
        String day = date == null || date.isBlank() ? LocalDate.ofInstant(clock.instant(), zone).toString() : date;
        return StatisticsPeriod.of(day, day, LocalDate.ofInstant(clock.instant(), zone), 1);
    }

    /** The zone local days and hours are counted in. */
    ZoneId zone() {
        return zone;
    }

    /**
     * The statistics of events reported in {@code period} inside {@code scope} narrowed to {@code region}.
     *
     * @param categoryLevel for {@code by=category}: the catalogue level to group by, 1–3
     */
    Report report(StatisticsPeriod period, String region, StatisticsDimension by, int categoryLevel, Locale locale,
            DataScope scope) {
        return report(period, region, by, categoryLevel, true, locale, scope);
    }

    /** As {@link #report(StatisticsPeriod, String, StatisticsDimension, int, Locale, DataScope)}, optionally without medians (cheaper). */
    Report report(StatisticsPeriod period, String region, StatisticsDimension by, int categoryLevel, boolean medians,
            Locale locale, DataScope scope) {
        if (categoryLevel < 1 || categoryLevel > 3) {
            throw ApiProblem.badRequest("stats.category-level", categoryLevel).with("field", "level");
        }
        DataScope narrowed = narrow(scope, region);
        int regionDigits = narrowed.regionRoots().stream().min(Comparator.comparingInt(String::length))
                .map(StatisticsDimension::childDigits).orElse(2);
        List<StatisticsRepository.GroupRow> rows = groups(period, by, regionDigits, categoryLevel * 2, medians,
                narrowed);
        StatisticsFigures totals = rows.stream().filter(StatisticsRepository.GroupRow::total).findFirst()
                .map(StatisticsRepository.GroupRow::figures).orElseGet(StatisticsService::nothing);
        List<StatisticsRepository.GroupRow> grouped = rows.stream().filter(row -> !row.total()).toList();
        // departments in one lookup, in the caller's whole scope: the region filter chooses events, not names
        Map<String, String> departmentNames = by == StatisticsDimension.DEPARTMENT
                ? departments.of(grouped, StatisticsRepository.GroupRow::key, scope) : Map.of();
        List<Group> groups = grouped.stream().map(row -> new Group(row.key(),
                name(by, row.key(), departmentNames, locale, narrowed), row.figures())).toList();
        return new Report(period.from(), period.to(), by, totals, groups);
    }

    /**
     * The groups from the daily rollup, or from the events themselves where it cannot answer (by hour of day) and
     * where the cohort is small enough ({@code shuzhi.event.statistics.exact-below} events) to give exact medians
     * quickly. The rollup is brought up to date first, so a read sees every committed change.
     */
    private List<StatisticsRepository.GroupRow> groups(StatisticsPeriod period, StatisticsDimension by,
            int regionDigits, int categoryDigits, boolean medians, DataScope scope) {
        if (by.inDailyRollup()) {
            rollup.refreshPending();
            // read on every request: the benchmark compares both ways in one run
            long exactBelow = environment.getProperty("shuzhi.event.statistics.exact-below", Long.class, 50_000L);
            if (rolledUp.cohort(period.from(), period.to(), scope) >= exactBelow) {
                return rolledUp.groups(by, period.from(), period.to(), regionDigits, categoryDigits, medians, scope);
            }
        }
        return repository.groups(by, period.start(zone), period.end(zone), regionDigits, categoryDigits, zone,
                medians, scope);
    }

    /** The busiest heat cells of events reported in {@code period} inside {@code scope} narrowed to {@code region}. */
    List<StatisticsRepository.HeatCell> heat(StatisticsPeriod period, String region, String category, int limit,
            DataScope scope) {
        if (category != null && !category.matches("[0-9]{1,6}")) {
            throw ApiProblem.badRequest("stats.category", category).with("field", "category");
        }
        if (limit < 1 || limit > HEAT_MAX_CELLS) {
            throw ApiProblem.badRequest("stats.heat.limit", limit, HEAT_MAX_CELLS).with("field", "limit");
        }
        return repository.heat(period.start(zone), period.end(zone), category, HEAT_CELL_DEGREES, limit,
                narrow(scope, region));
    }

    /** {@code scope} narrowed to a region parameter, which must be a division code; never wider than the scope. */
    static DataScope narrow(DataScope scope, String region) {
        if (region == null || region.isBlank()) {
            return scope;
        }
        if (!region.strip().matches("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
            throw ApiProblem.badRequest("stats.region", region).with("field", "region");
        }
        return scope.narrowTo(region.strip());
    }

    private String name(StatisticsDimension by, String key, Map<String, String> departmentNames, Locale locale,
            DataScope scope) {
        if (key == null) {
            return messages.getMessage("stats.group.none", null, "—", locale);
        }
        Optional<String> name = switch (by) {
            case REGION -> jurisdictions.find(key).map(Division::name);
            case GRID -> grids.find(key, scope).map(Grid::name);
            case CATEGORY -> categories.find(key).map(category -> category.name(locale));
            case SOURCE -> Optional.of(messages.getMessage("stats.source." + key, null, key, locale));
            case DEPARTMENT -> Optional.ofNullable(departmentNames.get(key));
            case DAY, HOUR -> Optional.empty();
        };
        return name.orElse(key);
    }

    private static StatisticsFigures nothing() {
        return new StatisticsFigures(0, 0, 0, 0, 0, 0, null, null, Map.of(), 0, 0);
    }
}
