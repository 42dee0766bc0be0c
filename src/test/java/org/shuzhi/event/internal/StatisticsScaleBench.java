package org.shuzhi.event.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A quick measurement of the statistics queries over many generated events — not part of the suite: run with
 * {@code mvn -o -q test -Dtest=StatisticsScaleBench -Dshuzhi.bench.rows=1000000}. Rows are inserted with one SQL
 * statement (a year of events in 吴江区's 10 townships × 20 villages, a tenth in 兰州), then the queries run as the
 * district, a township and the province, first with the covering index of V540 and then without it. Figures go
 * to standard output. The database is the test's throw-away one.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "shuzhi.bench.rows", matches = "[0-9]+")
class StatisticsScaleBench {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatisticsService statistics;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void statisticsOverManyEvents() {
        int rows = Integer.parseInt(System.getProperty("shuzhi.bench.rows"));
        long started = System.nanoTime();
        jdbc.sql("""
                with c as (select array_agg(code order by code) as leaves from event.category where level = 3),
                     g as (select i, now() - random() * interval '365 days' as r, random() as p, random() as q
                             from generate_series(1, :rows) i)
                insert into event.event (source, category_code, title, description, urgency, lat, lng, grid_code,
                                         region_code, reporter_account, state, reported_at, accepted_at,
                                         dispatched_at, handled_at, closed_at, due_at, overdue, returns, reopens,
                                         assigned_department)
                select case when i % 3 = 0 then 'HOTLINE' else 'GRID_PATROL' end,
                       c.leaves[1 + i % array_length(c.leaves, 1)], 'bench', 'bench', 'NORMAL',
                       30.8 + q * 0.2, 120.5 + p * 0.3, v.region || lpad((1 + i % 3)::text, 3, '0'), v.region,
                       'bench.' || (i % 500),
                       case when p < 0.05 then 'REPORTED' when p < 0.1 then 'REJECTED' when p < 0.25 then 'HANDLING'
                            when p < 0.35 then 'HANDLED' else 'CLOSED' end,
                       r,
                       case when p >= 0.1 then r + interval '1 hour' * (q * 4) end,
                       case when p >= 0.15 then r + interval '1 hour' * (4 + q * 4) end,
                       case when p >= 0.25 then r + interval '1 hour' * (8 + q * 72) end,
                       case when p >= 0.35 or p < 0.1 then r + interval '1 hour' * (80 + q * 24) end,
                       case when p >= 0.15 then r + interval '48 hours' end,
                       p >= 0.15 and q > 0.8, (i % 17 = 0)::int, (i % 29 = 0)::int,
                       case when p >= 0.15 then '320509-cg' end
                  from g cross join c
                  cross join lateral (select case when i % 10 = 0 then '620102' || lpad((1 + i % 7)::text, 3, '0') || '001'
                                             else '320509' || lpad((101 + i % 10)::text, 3, '0')
                                                  || lpad((1 + (i / 10) % 20)::text, 3, '0') end as region) v""")
                .param("rows", rows).update();
        jdbc.sql("vacuum analyze event.event").update();
        System.out.printf("BENCH inserted %,d events and vacuumed in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);

        if (Boolean.getBoolean("shuzhi.bench.explain")) {
            explain();
        }
        measureAll("with the covering index");
        System.out.println("BENCH plan: " + String.join("\n  ", jdbc.sql("""
                explain (analyze, buffers) select count(*), count(handled_at), avg(extract(epoch from handled_at - dispatched_at))
                  from event.event where region_code collate "C" >= '320509' and region_code collate "C" < '32050:'
                   and reported_at >= now() - interval '30 days'""").query(String.class).list()));
        jdbc.sql("drop index event.event_statistics_idx").update();
        jdbc.sql("analyze event.event").update();
        measureAll("without it (event_region_idx and the table)");
    }

    /** Plans of the slowest query (a year of 吴江区 by day) under different settings, to see where time goes. */
    private void explain() {
        org.shuzhi.platform.ScopedSql scope = EventRepository.scoped(DataScope.of("320509"));
        LocalDate today = LocalDate.now(statistics.zone());
        java.util.Map<String, Object> params = new java.util.HashMap<>(scope.parameters());
        params.put("from", java.sql.Timestamp.from(today.minusDays(364).atStartOfDay(statistics.zone()).toInstant()));
        params.put("to", java.sql.Timestamp.from(today.plusDays(1).atStartOfDay(statistics.zone()).toInstant()));
        params.put("zone", statistics.zone().getId());
        String full = StatisticsRepository.groupsSql(StatisticsDimension.DAY, true, DataScope.of("320509"));
        try (java.sql.Connection connection = dataSource.getConnection()) {
            var single = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
            for (String workMem : List.of("4MB", "64MB")) {
                single.getJdbcTemplate().execute("set work_mem = '" + workMem + "'");
                List<String> plan = single.queryForList("explain (analyze, buffers) " + full, params, String.class);
                System.out.println("BENCH work_mem " + workMem + "\n  " + String.join("\n  ", plan));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void measureAll(String label) {
        System.out.println("BENCH " + label);
        LocalDate today = LocalDate.now(statistics.zone());
        StatisticsPeriod month = new StatisticsPeriod(today.minusDays(29), today);
        StatisticsPeriod year = new StatisticsPeriod(today.minusDays(364), today);
        DataScope district = DataScope.of("320509");
        DataScope township = DataScope.of("320509104");
        DataScope province = DataScope.of("32");
        for (StatisticsDimension by : List.of(StatisticsDimension.DAY, StatisticsDimension.REGION,
                StatisticsDimension.CATEGORY)) {
            measure("30 days, 吴江区, by " + by, () -> statistics.report(month, null, by, 1, Locale.CHINA, district));
        }
        measure("30 days, 平望镇, by REGION", () -> statistics.report(month, null, StatisticsDimension.REGION, 1,
                Locale.CHINA, township));
        measure("30 days, 江苏省, by REGION", () -> statistics.report(month, null, StatisticsDimension.REGION, 1,
                Locale.CHINA, province));
        measure("365 days, 吴江区, by DAY", () -> statistics.report(year, null, StatisticsDimension.DAY, 1,
                Locale.CHINA, district));
        measure("365 days, 平望镇, by CATEGORY", () -> statistics.report(year, null, StatisticsDimension.CATEGORY, 1,
                Locale.CHINA, township));
        measure("30 days, 吴江区, by DAY without medians", () -> statistics.report(month, null,
                StatisticsDimension.DAY, 1, false, Locale.CHINA, district));
        measure("365 days, 吴江区, by DAY without medians", () -> statistics.report(year, null,
                StatisticsDimension.DAY, 1, false, Locale.CHINA, district));
        measure("30 days, 吴江区, heat (5000 cells)", () -> statistics.heat(month, null, null, 5000, district));
    }

    private static void measure(String what, Supplier<?> query) {
        query.get(); // warm the cache
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("BENCH   %-40s median %7.0f ms (min %.0f, max %.0f)%n", what, millis.get(1), millis.get(0),
                millis.get(2));
    }
}
