package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * 平望镇's demo year at 1/50 scale (the 365 days before 2026-12-01, so the 2026 Spring Festival lies inside):
 * the published proportions, the seasons, and every row inside the township by the table's own scope marker.
 * Its own context, so the generated rows stay out of other tests' database.
 */
@IntegrationTest
@TestPropertySource(properties = "shuzhi.test.context=demo-year")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoYearGeneratorTest {

    static final String TOWNSHIP = "320509104";
    static final double SCALE = 1.0 / 50;

    @Autowired
    DemoYearGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Grids grids;

    final GeometryFactory points = new GeometryFactory();

    DemoYearGenerator.Progress done;

    @BeforeAll
    void generate() {
        done = generator.generate(new DemoYearGenerator.Settings(TOWNSHIP, LocalDate.of(2026, 12, 1), SCALE, 7L,
                true, true));
    }

    @Test
    void thePublishedProportions() {
        assertThat(done.done()).isTrue();
        assertThat(generator.progress().percent()).isEqualTo(100);
        Map<String, Object> f = jdbc.sql("""
                select count(*) filter (where state <> 'REJECTED') as accepted,
                       count(*) filter (where state in ('HANDLED', 'VERIFIED', 'CLOSED')) as handled,
                       count(*) filter (where source = 'GRID_PATROL') as inspectors,
                       count(*) as reported,
                       count(*) filter (where handling_level = 'COUNTY' and assigned_department = '320509-cg'
                                          and assigned_region_code = '320509') as enforcement,
                       count(*) filter (where overdue) as overdue,
                       count(*) filter (where returns > 0) as returned,
                       count(*) filter (where reopens > 0) as reopened,
                       count(*) filter (where category_code like '03%' or category_code like '04%') as dominant
                  from event.event where idempotency_key like 'demo-year-7-%'""").query().singleRow();
        long accepted = num(f, "accepted");
        double expected = DemoYearGenerator.ACCEPTED_A_YEAR * SCALE;
        assertThat((double) accepted).isBetween(expected * 0.95, expected * 1.05);
        assertThat(num(f, "reported")).isEqualTo(done.events());
        assertThat(ratio(f, "handled", accepted)).isBetween(0.975, 0.995);
        assertThat(ratio(f, "inspectors", num(f, "reported"))).isBetween(0.85, 0.91);
        double enforcement = DemoYearGenerator.ENFORCEMENT_A_YEAR * SCALE;
        assertThat((double) num(f, "enforcement")).isBetween(1.0, enforcement * 2.5);
        assertThat(ratio(f, "overdue", num(f, "handled"))).isBetween(0.03, 0.08);
        assertThat(num(f, "returned")).isPositive();
        assertThat(num(f, "reopened")).isPositive();
        assertThat(ratio(f, "dominant", num(f, "reported"))).isGreaterThan(0.6);
    }

    @Test
    void aSummerPeakAndASpringFestivalDip() {
        List<Map<String, Object>> months = jdbc.sql("""
                select extract(month from reported_at at time zone 'Asia/Shanghai')::int as month, count(*) as n
                  from event.event where idempotency_key like 'demo-year-7-%' group by 1 order by 2 desc""")
                .query().listOfRows();
        assertThat(months).hasSize(12);
        assertThat((int) months.get(0).get("month")).isBetween(6, 8);
        assertThat((int) months.get(months.size() - 1).get("month")).isEqualTo(2);
        Map<String, Object> hours = jdbc.sql("""
                select count(*) filter (where extract(hour from reported_at at time zone 'Asia/Shanghai')
                                        between 8 and 17) as office,
                       count(*) as all_patrols
                  from event.event where idempotency_key like 'demo-year-7-%' and source = 'GRID_PATROL'""")
                .query().singleRow();
        assertThat(ratio(hours, "office", num(hours, "all_patrols"))).isGreaterThan(0.85);
    }

    @Test
    void everyRowLiesInsideTheTownshipByTheScopeMarker() {
        String comment = jdbc.sql("select obj_description('event.event'::regclass, 'pg_class')").query(String.class)
                .single();
        Matcher marker = Pattern.compile("\\[scope: ([a-z_]+)").matcher(comment);
        assertThat(marker.find()).as(comment).isTrue();
        String column = marker.group(1);
        long outside = jdbc.sql("select count(*) from event.event where idempotency_key like 'demo-year-7-%' and not ("
                + column + " like '" + TOWNSHIP + "%')").query(Long.class).single();
        assertThat(outside).isZero();
        List<Map<String, Object>> placed = jdbc.sql("""
                select region_code, grid_code, lat, lng from event.event
                 where idempotency_key like 'demo-year-7-%' and lat is not null""").query().listOfRows();
        assertThat(placed).isNotEmpty().allSatisfy(row -> {
            Grid grid = grids.find((String) row.get("grid_code"), DataScope.all()).orElseThrow();
            assertThat(grid.regionCode()).isEqualTo(row.get("region_code"));
            assertThat(grid.polygon().covers(points.createPoint(new Coordinate((Double) row.get("lng"),
                    (Double) row.get("lat"))))).isTrue();
        });
        Map<String, Object> timeline = jdbc.sql("""
                select count(*) as events,
                       count(*) filter (where t.steps = e.version + 1 and t.first_action = 'REPORT') as consistent,
                       sum(t.steps) as steps
                  from event.event e
                  join (select event_id, count(*) as steps,
                               (array_agg(action order by at, id))[1] as first_action
                          from event.transition group by event_id) t on t.event_id = e.id
                 where e.idempotency_key like 'demo-year-7-%'""").query().singleRow();
        assertThat(num(timeline, "consistent")).isEqualTo(done.events()).isEqualTo(num(timeline, "events"));
        assertThat(num(timeline, "steps")).isEqualTo(done.steps());
    }

    private static long num(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static double ratio(Map<String, Object> row, String column, long of) {
        return (double) num(row, column) / of;
    }
}
