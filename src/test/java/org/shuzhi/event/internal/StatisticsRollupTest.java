package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.internal.StatisticsFigures.Stage;
import org.shuzhi.event.internal.StatisticsFigures.StageHours;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily rollup against the raw computation: a known set in 平望镇 西塘社区 moved to 10–12 May 2021 — closed,
 * handled late (overdue, returned), rejected, accepted only, reopened, handled two days after its reported day, a
 * merged duplicate — must give the same counts, rates and averages for every dimension and scope, and medians within
 * the histogram's bound; transitions later keep it right without a rebuild; the rebuild command restores it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsRollupTest {

    static final LocalDate FIRST = LocalDate.parse("2021-05-10");
    static final LocalDate LAST = LocalDate.parse("2021-05-12");
    static final DataScope PINGWANG = DataScope.of("320509104");

    @Autowired TestRestTemplate http;
    @Autowired DemoTokens tokens;
    @Autowired Grids grids;
    @Autowired JdbcClient jdbc;
    @Autowired StatisticsRollup rollup;
    @Autowired StatisticsRollupReads rolledUp;
    @Autowired StatisticsRepository raw;
    @Autowired StatisticsRollupCommand command;
    @Autowired WorkingCalendar calendar;

    StatisticsFixture fixture;
    long accepted;
    long merged;

    @BeforeAll
    void eventsInMay2021() {
        fixture = new StatisticsFixture(http, tokens, grids, jdbc);
        long closed = fixture.report("xt.inspector", "040101");
        fixture.bringTo(closed, "CLOSED");
        fixture.restamp(closed, "2021-05-10T01:00:00Z", "2021-05-10T02:00:00Z", "2021-05-10T04:00:00Z",
                "2021-05-10T14:00:00Z", "2021-05-10T16:00:00Z", "2021-05-11T01:00:00Z", false, 0);
        // handled two days after its reported day, late: it counts on the 10th
        long late = fixture.report("xt.inspector", "040101");
        fixture.bringTo(late, "HANDLED");
        fixture.restamp(late, "2021-05-10T02:00:00Z", "2021-05-10T05:40:00Z", "2021-05-10T06:00:00Z",
                "2021-05-12T09:00:00Z", null, "2021-05-11T20:00:00Z", true, 1);
        long rejected = fixture.report("xt.inspector", "030201");
        fixture.bringTo(rejected, "REJECTED");
        fixture.restamp(rejected, "2021-05-11T00:00:00Z", null, null, null, "2021-05-11T01:00:00Z", null, false, 0);
        accepted = fixture.report("xt.inspector", "040101");
        fixture.bringTo(accepted, "ACCEPTED");
        fixture.restamp(accepted, "2021-05-11T03:00:00Z", "2021-05-11T03:00:30Z", null, null, null, null, false, 0);
        long reopened = fixture.report("xt.inspector", "030201");
        fixture.bringTo(reopened, "CLOSED");
        fixture.restamp(reopened, "2021-05-12T07:30:00Z", "2021-05-12T08:00:00Z", "2021-05-12T09:00:00Z",
                "2021-05-13T09:00:00Z", "2021-05-14T09:00:00Z", "2021-05-20T09:00:00Z", false, 2);
        jdbc.sql("update event.event set reopens = 1 where id = :id").param("id", reopened).update();
        merged = fixture.report("xt.inspector", "040101");
        fixture.restamp(merged, "2021-05-12T08:00:00Z", null, null, null, null, null, false, 0);
        jdbc.sql("update event.event set state = 'MERGED', master_id = :master where id = :id")
                .param("master", reopened).param("id", merged).update();
        // the restamps wrote past days directly, as an import would: rebuild them
        rollup.refreshPending();
        rollup.rebuild(FIRST, LAST, null);
    }

    @Test
    @Order(1)
    void theRollupGivesTheRawFiguresForEveryDimensionAndScope() {
        for (DataScope scope : List.of(PINGWANG, DataScope.of("320509"), DataScope.of("320509104001"),
                PINGWANG.onlyDepartments(List.of("320509104-cg")), DataScope.of("6201"))) {
            for (StatisticsDimension by : List.of(StatisticsDimension.DAY, StatisticsDimension.REGION,
                    StatisticsDimension.CATEGORY, StatisticsDimension.SOURCE, StatisticsDimension.GRID,
                    StatisticsDimension.DEPARTMENT)) {
                int regionDigits = StatisticsDimension.childDigits(scope.regionRoots().isEmpty() ? ""
                        : scope.regionRoots().iterator().next());
                for (int categoryDigits : by == StatisticsDimension.CATEGORY ? List.of(2, 6) : List.of(2)) {
                    assertSame(rollupGroups(by, regionDigits, categoryDigits, scope),
                            rawGroups(by, regionDigits, categoryDigits, scope), scope + " by " + by);
                }
            }
        }
        StatisticsFigures total = total(rollupGroups(StatisticsDimension.DAY, 12, 2, PINGWANG));
        // five counted (the merged one left out), the late one on its reported day
        assertThat(total.reported()).isEqualTo(5);
        assertThat(total.reopens()).isEqualTo(1);
        assertThat(total.returns()).isEqualTo(3);
        assertThat(total.overdue()).isEqualTo(1);
        assertThat(rollupGroups(StatisticsDimension.DAY, 12, 2, PINGWANG).stream().filter(g -> !g.total())
                .collect(Collectors.toMap(StatisticsRepository.GroupRow::key, g -> g.figures().handled())))
                .containsEntry("2021-05-10", 2L).containsEntry("2021-05-12", 1L);
        // 兰州 sees nothing of it, a department scope only what it handles
        assertThat(total(rollupGroups(StatisticsDimension.DAY, 12, 2, DataScope.of("6201"))).reported()).isZero();
        assertThat(total(rollupGroups(StatisticsDimension.DAY, 12, 2,
                PINGWANG.onlyDepartments(List.of("320509104-cg")))).reported()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void transitionsAndNewReportsKeepTheRollupRightWithoutARebuild() {
        LocalDate today = LocalDate.now(calendar.zone());
        rollup.refreshPending();
        long before = rolledUp.cohort(today, today, PINGWANG);
        long fresh = fixture.report("xt.inspector", "040101");
        fixture.bringTo(fresh, "HANDLED");
        rollup.refreshPending();
        assertThat(jdbc.sql("select count(*) from event.daily_stats_dirty").query(Long.class).single()).isZero();
        assertThat(rolledUp.cohort(today, today, PINGWANG)).isEqualTo(before + 1);
        assertSame(rollupGroups(today, StatisticsDimension.SOURCE, PINGWANG),
                rawGroups(today, StatisticsDimension.SOURCE, PINGWANG), "today");

        // the event accepted on 11 May is dispatched now: the row of its reported day changes
        fixture.act("pw.dispatcher", accepted, Map.of("action", "DISPATCH", "level", "TOWNSHIP",
                "department", "320509104-cg", "reason", "派镇综合执法局"));
        rollup.refreshPending();
        assertSame(rollupGroups(StatisticsDimension.DEPARTMENT, 12, 2, PINGWANG),
                rawGroups(StatisticsDimension.DEPARTMENT, 12, 2, PINGWANG), "after dispatch");
        assertThat(total(rollupGroups(StatisticsDimension.DAY, 12, 2,
                PINGWANG.onlyDepartments(List.of("320509104-cg")))).reported()).isEqualTo(4);
    }

    @Test
    @Order(2)
    void theRebuildCommandRestoresLostRows() {
        jdbc.sql("delete from event.daily_stats where day = :day").param("day", java.sql.Date.valueOf(FIRST)).update();
        assertThat(total(rollupGroups(StatisticsDimension.DAY, 12, 2, PINGWANG)).reported()).isEqualTo(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.run(List.of("from=2021-05-10", "to=2021-05-10", "region=320509104"),
                new PrintStream(out, true, StandardCharsets.UTF_8), Locale.ENGLISH)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2021-05-10");
        assertSame(rollupGroups(StatisticsDimension.CATEGORY, 12, 6, PINGWANG),
                rawGroups(StatisticsDimension.CATEGORY, 12, 6, PINGWANG), "rebuilt");
        assertThat(command.run(List.of("since=2021"), new PrintStream(new ByteArrayOutputStream()), Locale.ENGLISH))
                .isEqualTo(2);
        assertThat(command.run(List.of("from=2021-05-12", "to=2021-05-10"),
                new PrintStream(new ByteArrayOutputStream()), Locale.ENGLISH)).isEqualTo(2);
    }

    @Test
    void histogramMediansStayWithinTheirBound() {
        for (double hours : new double[] {0.02, 0.5, 1, 3.7, 15, 49.5, 700, 5000}) {
            long[] counts = new long[StageHistogram.BUCKETS];
            counts[StageHistogram.bucket(hours)] = 3;
            double estimate = StageHistogram.median(counts);
            assertThat(estimate / hours).as("%s h", hours).isBetween(Math.pow(2, -0.125), Math.pow(2, 0.125));
        }
        long[] tiny = new long[StageHistogram.BUCKETS];
        tiny[StageHistogram.bucket(0.001)] = 1;
        assertThat(StageHistogram.median(tiny)).isCloseTo(0.001, within(1.0 / 120));
        assertThat(StageHistogram.median(new long[StageHistogram.BUCKETS])).isNull();
    }

    private List<StatisticsRepository.GroupRow> rollupGroups(StatisticsDimension by, int regionDigits,
            int categoryDigits, DataScope scope) {
        return rolledUp.groups(by, FIRST, LAST, regionDigits, categoryDigits, true, scope);
    }

    private List<StatisticsRepository.GroupRow> rawGroups(StatisticsDimension by, int regionDigits,
            int categoryDigits, DataScope scope) {
        ZoneId zone = calendar.zone();
        return raw.groups(by, FIRST.atStartOfDay(zone).toInstant(), LAST.plusDays(1).atStartOfDay(zone).toInstant(),
                regionDigits, categoryDigits, zone, true, scope);
    }

    private List<StatisticsRepository.GroupRow> rollupGroups(LocalDate day, StatisticsDimension by, DataScope scope) {
        return rolledUp.groups(by, day, day, 12, 2, true, scope);
    }

    private List<StatisticsRepository.GroupRow> rawGroups(LocalDate day, StatisticsDimension by, DataScope scope) {
        ZoneId zone = calendar.zone();
        return raw.groups(by, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), 12,
                2, zone, true, scope);
    }

    private static StatisticsFigures total(List<StatisticsRepository.GroupRow> rows) {
        return rows.stream().filter(StatisticsRepository.GroupRow::total).findFirst()
                .map(StatisticsRepository.GroupRow::figures).orElseThrow();
    }

    /** Same groups and counts, averages to the hundredth, medians within the histogram's bound. */
    private static void assertSame(List<StatisticsRepository.GroupRow> rollup, List<StatisticsRepository.GroupRow> raw,
            String what) {
        Function<StatisticsRepository.GroupRow, String> key = g -> g.total() + "/" + g.key();
        assertThat(rollup.stream().map(key).toList()).as(what).isEqualTo(raw.stream().map(key).toList());
        for (int i = 0; i < raw.size(); i++) {
            StatisticsFigures r = raw.get(i).figures();
            StatisticsFigures u = rollup.get(i).figures();
            String group = what + " " + key.apply(raw.get(i));
            assertThat(List.of(u.reported(), u.accepted(), u.rejected(), u.handled(), u.closed(), u.overdue(),
                    u.returns(), u.reopens())).as(group).isEqualTo(List.of(r.reported(), r.accepted(), r.rejected(),
                    r.handled(), r.closed(), r.overdue(), r.returns(), r.reopens()));
            assertThat(u.handlingRate()).as(group).isEqualTo(r.handlingRate());
            assertThat(u.onTimeRate()).as(group).isEqualTo(r.onTimeRate());
            for (Stage stage : Stage.values()) {
                StageHours rs = r.stages().get(stage);
                StageHours us = u.stages().get(stage);
                assertThat(us.count()).as(group + " " + stage).isEqualTo(rs.count());
                if (rs.count() == 0) {
                    assertThat(us.average()).isNull();
                    assertThat(us.median()).isNull();
                    continue;
                }
                assertThat(us.average()).as(group + " " + stage).isCloseTo(rs.average(), within(0.011));
                // the bound of StageHistogram, plus the rounding of both to two decimals
                assertThat(us.median()).as(group + " " + stage)
                        .isCloseTo(rs.median(), within(Math.max(rs.median() * 0.091, 1.0 / 120) + 0.011));
            }
        }
    }
}
