package org.shuzhi.event.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuzhi.event.internal.StatisticsFigures.Stage;
import org.shuzhi.event.internal.StatisticsFigures.StageHours;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Aggregates over {@code event.event} for statistics and the heat map, in one pass each: the groups and the total
 * come from one {@code GROUPING SETS} query over the events reported in the period inside the scope — a range of
 * {@code event_statistics_idx}, read index-only (see migration V540).
 */
@Repository
class StatisticsRepository {

    /** Stage durations in hours; a stage counts only when both ends exist and follow each other. */
    static final Map<Stage, String> STAGE_HOURS = Map.of(
            Stage.REPORT_TO_ACCEPT, "extract(epoch from accepted_at - reported_at) / 3600",
            Stage.ACCEPT_TO_DISPATCH, "case when dispatched_at >= accepted_at then extract(epoch from dispatched_at - accepted_at) / 3600 end",
            Stage.DISPATCH_TO_HANDLED, "case when handled_at >= dispatched_at then extract(epoch from handled_at - dispatched_at) / 3600 end",
            Stage.HANDLED_TO_CLOSED, "case when state = 'CLOSED' and closed_at >= handled_at then extract(epoch from closed_at - handled_at) / 3600 end");

    /** One group's figures; {@code total} marks the row over all groups. */
    record GroupRow(String key, boolean total, StatisticsFigures figures) {
    }

    /** How many problems an account reported on patrol on one local day. */
    record ReporterDay(String account, java.time.LocalDate day, long reports) {
    }

    /** One heat-map cell: its centre and how many events lie in it. */
    record HeatCell(double lat, double lng, long weight) {
    }

    /** Memory for the sorts of one statistics query, per sort (see groups). */
    static final String SORT_MEMORY = "64MB";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    StatisticsRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
    }

    /**
     * The figures per group of {@code by} and in total, of the events reported in [from, to) inside {@code scope}.
     *
     * @param regionDigits   for {@link StatisticsDimension#REGION}: the length of the group's region codes
     * @param categoryDigits for {@link StatisticsDimension#CATEGORY}: 2, 4 or 6
     * @param medians        false to leave the medians out: they sort every stage's hours and cost most of the time
     */
    List<GroupRow> groups(StatisticsDimension by, Instant from, Instant to, int regionDigits, int categoryDigits,
            ZoneId zone, boolean medians, DataScope scope) {
        ScopedSql inScope = EventRepository.scoped(scope);
        String sql = groupsSql(by, medians, scope);
        Map<String, Object> params = new LinkedHashMap<>(inScope.parameters());
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        params.put("regionDigits", regionDigits);
        params.put("categoryDigits", categoryDigits);
        params.put("zone", zone.getId());
        // the medians sort every group's stage hours: with the default work_mem (4 MB) those sorts spill to disk
        return transactions.execute(status -> {
            jdbc.sql("set local work_mem = '" + SORT_MEMORY + "'").update();
            return jdbc.sql(sql).params(params).query(StatisticsRepository::row).list();
        });
    }

    /**
     * The statistics query grouping by {@code by} inside {@code scope} (also for the benchmark's plans); its
     * parameters are the scope's ({@code EventRepository.scoped}) and {@code from}, {@code to}, {@code regionDigits},
     * {@code categoryDigits}, {@code zone}.
     */
    static String groupsSql(StatisticsDimension by, boolean medians, DataScope scope) {
        ScopedSql inScope = EventRepository.scoped(scope);
        // the key is computed once in a subquery: a bound parameter repeated in GROUP BY would be another expression
        StringBuilder sql = new StringBuilder("select k, grouping(k) = 1 as total, count(*) as reported, count(accepted_at) as accepted,")
                .append(" count(*) filter (where state = 'REJECTED') as rejected, count(handled_at) as handled,")
                .append(" count(*) filter (where state = 'CLOSED') as closed, count(*) filter (where overdue) as overdue,")
                .append(" count(*) filter (where handled_at <= due_at) as on_time,")
                .append(" coalesce(sum(returns), 0) as returns, coalesce(sum(reopens), 0) as reopens");
        for (Stage stage : Stage.values()) {
            String hours = STAGE_HOURS.get(stage);
            String name = stage.name().toLowerCase();
            sql.append(", count(").append(hours).append(") as n_").append(name)
                    .append(", avg(").append(hours).append(") as avg_").append(name)
                    .append(medians ? ", percentile_cont(0.5) within group (order by " + hours + ")" : ", null::float8")
                    .append(" as med_").append(name);
        }
        return sql.append(" from (select ").append(by.sql()).append(" as k, e.* from event.event e where ")
                .append(inScope.sql())
                .append(" and reported_at >= :from and reported_at < :to and state <> 'MERGED') s")
                .append(" group by grouping sets ((k), ()) order by 2, 1").toString();
    }

    /**
     * Where the events reported in [from, to) inside {@code scope} lie: counts per cell of {@code cellDegrees}
     * (e.g. 0.001° ≈ 100 m), the {@code limit} busiest cells. Events without a position are left out.
     *
     * @param categoryPrefix only categories with this code prefix, or {@code null}
     */
    List<HeatCell> heat(Instant from, Instant to, String categoryPrefix, double cellDegrees, int limit,
            DataScope scope) {
        ScopedSql inScope = EventRepository.scoped(scope);
        Map<String, Object> params = new LinkedHashMap<>(inScope.parameters());
        List<String> where = new ArrayList<>(List.of(inScope.sql(), "reported_at >= :from", "reported_at < :to",
                "lat is not null", "state <> 'MERGED'"));
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        if (categoryPrefix != null) {
            where.add("category_code collate \"C\" >= :category and category_code collate \"C\" < :category || ':'");
            params.put("category", categoryPrefix);
        }
        params.put("cell", cellDegrees);
        params.put("limit", limit);
        return jdbc.sql("""
                select round(lat / :cell) as y, round(lng / :cell) as x, count(*) as weight
                  from event.event where\s""" + String.join(" and ", where) + """
                 group by 1, 2 order by 3 desc, 1, 2 limit :limit""")
                .params(params)
                .query((row, i) -> new HeatCell(row.getDouble("y") * cellDegrees, row.getDouble("x") * cellDegrees,
                        row.getLong("weight")))
                .list();
    }

    /**
     * Problems reported on patrol ({@code GRID_PATROL}) per reporting account and local day, in [from, to) inside
     * {@code scope}, for the 3510 standard. Every report counts, also one later merged or rejected: the standard
     * measures the inspector's reporting, not the dispatcher's verdict.
     */
    List<ReporterDay> patrolReports(Instant from, Instant to, ZoneId zone, DataScope scope) {
        ScopedSql inScope = EventRepository.scoped(scope);
        return jdbc.sql("""
                select reporter_account, d as day, count(*) as reports
                  from (select reporter_account, (reported_at at time zone :zone)::date as d from event.event
                         where source = 'GRID_PATROL' and reporter_account is not null
                           and reported_at >= :from and reported_at < :to and\s""" + inScope.sql() + """
                       ) s
                 group by reporter_account, d""")
                .param("zone", zone.getId()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .params(inScope.parameters())
                .query((row, i) -> new ReporterDay(row.getString("reporter_account"),
                        row.getObject("day", java.time.LocalDate.class), row.getLong("reports")))
                .list();
    }

    private static GroupRow row(ResultSet row, int rowNumber) throws SQLException {
        Map<Stage, StageHours> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String name = stage.name().toLowerCase();
            stages.put(stage, new StageHours(row.getLong("n_" + name), hours(row, "avg_" + name),
                    hours(row, "med_" + name)));
        }
        long accepted = row.getLong("accepted");
        long handled = row.getLong("handled");
        StatisticsFigures figures = new StatisticsFigures(row.getLong("reported"), accepted, row.getLong("rejected"),
                handled, row.getLong("closed"), row.getLong("overdue"), StatisticsFigures.rate(handled, accepted),
                StatisticsFigures.rate(row.getLong("on_time"), handled), stages, row.getLong("returns"),
                row.getLong("reopens"));
        return new GroupRow(row.getString("k"), row.getBoolean("total"), figures);
    }

    private static Double hours(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        return value == null ? null : StatisticsFigures.hours(((Number) value).doubleValue());
    }
}
