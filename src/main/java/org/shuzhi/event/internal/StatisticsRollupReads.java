package org.shuzhi.event.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuzhi.event.internal.StatisticsFigures.Stage;
import org.shuzhi.event.internal.StatisticsFigures.StageHours;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Statistics from the daily rollup {@code event.daily_stats} inside a scope: the same figures as
 * {@link StatisticsRepository#groups} — counts, rates and average hours exact, medians from the stage histograms
 * within the bound of {@link StageHistogram} — for every dimension but the hour of day, which the rollup does not keep.
 */
@Repository
class StatisticsRollupReads {

    /** The rows and grouping key for a dimension: the kind of rollup row and the key expression over it. */
    private record Source(String dim, String key) {
    }

    private static final Map<StatisticsDimension, Source> SOURCES = Map.of(
            StatisticsDimension.REGION, new Source("t", "left(region_code, :regionDigits)"),
            StatisticsDimension.DAY, new Source("t", "to_char(day, 'YYYY-MM-DD')"),
            StatisticsDimension.DEPARTMENT, new Source("t", "nullif(assigned_department, '')"),
            StatisticsDimension.GRID, new Source("g", "nullif(val, '')"),
            StatisticsDimension.CATEGORY, new Source("c", "left(val, :categoryDigits)"),
            StatisticsDimension.SOURCE, new Source("s", "val"));

    private final JdbcClient jdbc;

    StatisticsRollupReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many events (merged ones left out) were reported on the days {@code first}–{@code last} inside the scope. */
    long cohort(LocalDate first, LocalDate last, DataScope scope) {
        ScopedSql inScope = scoped(scope);
        return jdbc.sql("select coalesce(sum(reported), 0) from event.daily_stats where dim = 't' and day >= :first"
                        + " and day <= :last and " + inScope.sql())
                .params(inScope.parameters()).param("first", Date.valueOf(first)).param("last", Date.valueOf(last))
                .query(Long.class).single();
    }

    /**
     * The figures per group of {@code by} and in total of the events reported on the days {@code first}–{@code last}
     * inside {@code scope}, as {@link StatisticsRepository#groups} gives them; medians only when asked for.
     */
    List<StatisticsRepository.GroupRow> groups(StatisticsDimension by, LocalDate first, LocalDate last,
            int regionDigits, int categoryDigits, boolean medians, DataScope scope) {
        Source source = Optional.ofNullable(SOURCES.get(by))
                .orElseThrow(() -> new IllegalArgumentException("the rollup has no " + by));
        ScopedSql inScope = scoped(scope);
        Map<String, Object> params = new LinkedHashMap<>(inScope.parameters());
        params.put("dim", source.dim());
        params.put("first", Date.valueOf(first));
        params.put("last", Date.valueOf(last));
        params.put("regionDigits", regionDigits);
        params.put("categoryDigits", categoryDigits);
        String rows = "(select " + source.key() + " as k, d.* from event.daily_stats d where dim = :dim"
                + " and day >= :first and day <= :last and " + inScope.sql() + ") s";
        Map<String, Map<Stage, long[]>> histograms = medians ? histograms(rows, params) : Map.of();
        return jdbc.sql(figuresSql(rows)).params(params)
                .query((row, i) -> row(row, histograms))
                .list();
    }

    private static ScopedSql scoped(DataScope scope) {
        return ScopedSql.where(scope, "region_code", "assigned_department");
    }

    private static String figuresSql(String rows) {
        StringBuilder sql = new StringBuilder("select k, grouping(k) = 1 as total, sum(reported) as reported,"
                + " sum(accepted) as accepted, sum(rejected) as rejected, sum(handled) as handled,"
                + " sum(closed) as closed, sum(overdue) as overdue, sum(on_time) as on_time,"
                + " sum(returns) as returns, sum(reopens) as reopens");
        for (Stage stage : Stage.values()) {
            String name = stage.name().toLowerCase();
            sql.append(", sum(n_").append(name).append(") as n_").append(name)
                    .append(", sum(sum_").append(name).append(") as sum_").append(name);
        }
        return sql.append(" from ").append(rows).append(" group by grouping sets ((k), ()) order by 2, 1").toString();
    }

    /** Bucket counts per group (key {@code null} for the total: "\u0000total") and stage, summed over the rows. */
    private Map<String, Map<Stage, long[]>> histograms(String rows, Map<String, Object> params) {
        Map<String, Map<Stage, long[]>> histograms = new HashMap<>();
        jdbc.sql("select k, grouping(k) = 1 as total, sb, sum(n) as n"
                        + " from (select k, cell >> 32 as sb, cell & 4294967295 as n from " + rows
                        + ", unnest(s.hours) cell) c group by grouping sets ((k, sb), (sb))")
                .params(params)
                .query((row, i) -> {
                    long sb = row.getLong("sb");
                    Stage stage = Stage.values()[(int) (sb >> 8)];
                    histograms.computeIfAbsent(groupKey(row), k -> new EnumMap<>(Stage.class))
                            .computeIfAbsent(stage, s -> new long[StageHistogram.BUCKETS])[(int) (sb & 0xff)] +=
                            row.getLong("n");
                    return sb;
                })
                .list();
        return histograms;
    }

    private static String groupKey(ResultSet row) throws SQLException {
        return row.getBoolean("total") ? "\u0000total" : String.valueOf(row.getString("k"));
    }

    private static StatisticsRepository.GroupRow row(ResultSet row, Map<String, Map<Stage, long[]>> histograms)
            throws SQLException {
        Map<Stage, long[]> groupHistograms = histograms.getOrDefault(groupKey(row), Map.of());
        Map<Stage, StageHours> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String name = stage.name().toLowerCase();
            long n = row.getLong("n_" + name);
            long[] buckets = groupHistograms.get(stage);
            stages.put(stage, new StageHours(n, n == 0 ? null : StatisticsFigures.hours(row.getDouble("sum_" + name) / n),
                    buckets == null ? null : StatisticsFigures.hours(StageHistogram.median(buckets))));
        }
        long accepted = row.getLong("accepted");
        long handled = row.getLong("handled");
        StatisticsFigures figures = new StatisticsFigures(row.getLong("reported"), accepted, row.getLong("rejected"),
                handled, row.getLong("closed"), row.getLong("overdue"), StatisticsFigures.rate(handled, accepted),
                StatisticsFigures.rate(row.getLong("on_time"), handled), stages, row.getLong("returns"),
                row.getLong("reopens"));
        return new StatisticsRepository.GroupRow(row.getString("k"), row.getBoolean("total"), figures);
    }
}
