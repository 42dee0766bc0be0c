package org.shuzhi.event.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.internal.StatisticsFigures.Stage;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the daily rollup {@code event.daily_stats} equal to what {@link StatisticsRepository} computes from
 * {@code event.event}: a changed event marks its (reported day, region) dirty in the changing transaction
 * ({@link StatisticsRollupMarks}); {@link #refreshPending()} — before every statistics read and every few seconds —
 * recomputes those rows from the events, and {@link #rebuild} recomputes whole days after bulk writes ({@code COPY}).
 *
 * <p>Why it stays exact: the refresher takes the dirty marks with one {@code DELETE … RETURNING}, so every mark it
 * takes belongs to a committed change, which the recomputation (a later statement) sees; marks committed later stay
 * for the next run. Refreshers and rebuilds hold one transaction-level advisory lock, so two never recompute the same
 * rows from different snapshots.
 */
@Component
@Unscoped("maintains the rollup of every region from the events; callers read it through StatisticsRollupReads")
class StatisticsRollup {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRollup.class);
    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('event.daily_stats'))";
    /** A day's aggregation sorts its stage buckets: with the default work_mem (4 MB) a busy day spills to disk. */
    private static final String MEMORY = "set local work_mem = '" + StatisticsRepository.SORT_MEMORY + "'";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ZoneId zone;

    StatisticsRollup(JdbcClient jdbc, PlatformTransactionManager transactionManager, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.zone = calendar.zone();
    }

    /** Recomputes the rows of every dirty (day, region); returns how many (day, region) pairs it recomputed. */
    int refreshPending() {
        if (!jdbc.sql("select exists (select from event.daily_stats_dirty)").query(Boolean.class).single()) {
            return 0;
        }
        Integer done = transactions.execute(status -> {
            jdbc.sql(LOCK).query().singleRow();
            jdbc.sql(MEMORY).update();
            Map<LocalDate, TreeSet<String>> dirty = new TreeMap<>();
            jdbc.sql("delete from event.daily_stats_dirty returning day, region_code")
                    .query((row, i) -> dirty.computeIfAbsent(row.getObject("day", LocalDate.class),
                            day -> new TreeSet<>()).add(row.getString("region_code")))
                    .list();
            dirty.forEach((day, regions) -> recompute(day, "region_code in (:regions)", Map.of("regions", regions)));
            return dirty.values().stream().mapToInt(Collection::size).sum();
        });
        return done == null ? 0 : done;
    }

    @Scheduled(fixedDelayString = "${shuzhi.event.statistics.refresh-interval:10s}",
            initialDelayString = "${shuzhi.event.statistics.refresh-interval:10s}")
    void refreshInBackground() {
        try {
            refreshPending();
        } catch (RuntimeException e) {
            // the marks stay (the transaction rolled back); the next run or read tries again
            log.warn("Statistics rollup refresh failed: {}", e.toString());
        }
    }

    /**
     * Recomputes every row of the days {@code first}–{@code last} (inclusive) under {@code region} (a region code, or
     * {@code null} for all), one transaction per day: for imports that write events without publishing them.
     *
     * @return the number of rollup rows written
     */
    long rebuild(LocalDate first, LocalDate last, String region) {
        ScopedSql within = ScopedSql.where(region == null ? DataScope.all() : DataScope.of(region), "region_code",
                null);
        long rows = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate current = day;
            Long written = transactions.execute(status -> {
                jdbc.sql(LOCK).query().singleRow();
                jdbc.sql(MEMORY).update();
                return recompute(current, within.sql(), within.parameters());
            });
            rows += written == null ? 0 : written;
        }
        return rows;
    }

    /** The first and the last local day any event was reported on; empty without events. */
    List<LocalDate> eventDays() {
        return jdbc.sql("select (min(reported_at) at time zone :zone)::date as first,"
                        + " (max(reported_at) at time zone :zone)::date as last from event.event")
                .param("zone", zone.getId())
                .query((row, i) -> row.getObject("first", LocalDate.class) == null ? List.<LocalDate>of()
                        : List.of(row.getObject("first", LocalDate.class), row.getObject("last", LocalDate.class)))
                .single();
    }

    /** Replaces the rollup rows of {@code day} in the regions {@code regions} selects; returns the rows written. */
    private long recompute(LocalDate day, String regions, Map<String, ?> regionParameters) {
        Map<String, Object> params = new LinkedHashMap<>(regionParameters);
        params.put("day", Date.valueOf(day));
        params.put("start", Timestamp.from(day.atStartOfDay(zone).toInstant()));
        params.put("end", Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()));
        jdbc.sql("delete from event.daily_stats where dim in ('t', 'g', 'c', 's') and day = :day and " + regions)
                .params(params).update();
        return jdbc.sql(RECOMPUTE.replace("/*regions*/", regions)).params(params).update();
    }

    private static final String RECOMPUTE = recomputeSql();

    /** One statement: the events of a day, each counted once per dimension, aggregated with their stage buckets. */
    private static String recomputeSql() {
        StringBuilder hours = new StringBuilder();
        StringBuilder cells = new StringBuilder();
        StringBuilder figures = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (Stage stage : Stage.values()) {
            String name = stage.name().toLowerCase();
            String sql = StatisticsRepository.STAGE_HOURS.get(stage);
            hours.append(", ").append(sql).append(" as h_").append(name);
            cells.append(cells.isEmpty() ? "" : ", ").append("(").append(stage.ordinal()).append(", ")
                    .append(StageHistogram.bucketSql("h_" + name)).append(")");
            figures.append(", count(h_").append(name).append("), coalesce(sum(h_").append(name).append("), 0)");
            names.append(", n_").append(name).append(", sum_").append(name);
        }
        return """
                with e as (
                  select region_code, coalesce(assigned_department, '') as dept, coalesce(grid_code, '') as grid,
                         category_code, source, state, accepted_at, handled_at, due_at, overdue, returns, reopens%s
                    from event.event
                   where reported_at >= :start and reported_at < :end and state <> 'MERGED' and /*regions*/
                ), x as (
                  select e.*, d.dim, d.val from e
                   cross join lateral (values ('t', ''), ('g', e.grid), ('c', e.category_code), ('s', e.source)) d(dim, val)
                ), cells as (
                  select region_code, dept, dim, val, array_agg(cell order by cell) as hours
                    from (select region_code, dept, dim, val, (s.stage::bigint << 40) | (s.b::bigint << 32) | count(*) as cell
                            from x cross join lateral (values %s) s(stage, b)
                           where s.b is not null
                           group by region_code, dept, dim, val, s.stage, s.b) c
                   group by region_code, dept, dim, val
                )
                insert into event.daily_stats (day, region_code, assigned_department, dim, val, reported, accepted,
                       rejected, handled, closed, overdue, on_time, returns, reopens%s, hours)
                select :day, f.*, coalesce(c.hours, '{}')
                  from (select region_code, dept, dim, val, count(*), count(accepted_at),
                               count(*) filter (where state = 'REJECTED'), count(handled_at),
                               count(*) filter (where state = 'CLOSED'), count(*) filter (where overdue),
                               count(*) filter (where handled_at <= due_at), coalesce(sum(returns), 0),
                               coalesce(sum(reopens), 0)%s
                          from x group by region_code, dept, dim, val) f
                  left join cells c using (region_code, dept, dim, val)""".formatted(hours, cells, names, figures);
    }
}
