package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grids;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statistics over a small known set of events in 平望镇 西塘社区, made through the API and moved to 1–3 March 2021
 * (Beijing time) with known stage durations: counts, rates, average and median hours per stage, groupings, the
 * heat map — and the scope: 兰州 sees nothing, a region parameter never widens.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsApiTest {

    static final String PERIOD = "from=2021-03-01&to=2021-03-03";

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    Grids grids;

    @Autowired
    JdbcClient jdbc;

    StatisticsFixture fixture;

    @BeforeAll
    void fiveEventsInMarch2021() {
        fixture = new StatisticsFixture(http, tokens, grids, jdbc);
        // closed: 1 h to accept, 2 h to dispatch, 10 h to handle (before the deadline), 2 h to close
        long closed = fixture.report("xt.inspector", "040101");
        fixture.bringTo(closed, "CLOSED");
        fixture.restamp(closed, "2021-03-01T01:00:00Z", "2021-03-01T02:00:00Z", "2021-03-01T04:00:00Z",
                "2021-03-01T14:00:00Z", "2021-03-01T16:00:00Z", "2021-03-02T01:00:00Z", false, 0);
        // handled late: 3 h, 1 h, 20 h; overdue, returned once
        long late = fixture.report("xt.inspector", "040101");
        fixture.bringTo(late, "HANDLED");
        fixture.restamp(late, "2021-03-01T02:00:00Z", "2021-03-01T05:00:00Z", "2021-03-01T06:00:00Z",
                "2021-03-02T02:00:00Z", null, "2021-03-01T20:00:00Z", true, 1);
        long rejected = fixture.report("xt.inspector", "040101");
        fixture.bringTo(rejected, "REJECTED");
        fixture.restamp(rejected, "2021-03-02T00:00:00Z", null, null, null, "2021-03-02T01:00:00Z", null, false, 0);
        // accepted after 5 h, not dispatched
        long accepted = fixture.report("xt.inspector", "040101");
        fixture.bringTo(accepted, "ACCEPTED");
        fixture.restamp(accepted, "2021-03-02T03:00:00Z", "2021-03-02T08:00:00Z", null, null, null, null, false, 0);
        long reported = fixture.report("xt.inspector", "030201");
        fixture.restamp(reported, "2021-03-03T07:30:00Z", null, null, null, null, null, false, 0);
    }

    @Test
    void totalsRatesAndStageHours() {
        JsonNode totals = stats("pw.dispatcher", "by=day").path("totals");
        assertThat(totals.path("reported").asLong()).isEqualTo(5);
        assertThat(totals.path("accepted").asLong()).isEqualTo(3);
        assertThat(totals.path("rejected").asLong()).isEqualTo(1);
        assertThat(totals.path("handled").asLong()).isEqualTo(2);
        assertThat(totals.path("closed").asLong()).isEqualTo(1);
        assertThat(totals.path("overdue").asLong()).isEqualTo(1);
        assertThat(totals.path("returns").asLong()).isEqualTo(1);
        assertThat(totals.path("handlingRate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(totals.path("onTimeRate").asDouble()).isCloseTo(0.5, within(1e-9));
        JsonNode stages = totals.path("stages");
        assertStage(stages.path("REPORT_TO_ACCEPT"), 3, 3.0, 3.0);
        assertStage(stages.path("ACCEPT_TO_DISPATCH"), 2, 1.5, 1.5);
        assertStage(stages.path("DISPATCH_TO_HANDLED"), 2, 15.0, 15.0);
        assertStage(stages.path("HANDLED_TO_CLOSED"), 1, 2.0, 2.0);
    }

    @Test
    void groupsByDayHourCategoryRegionAndSource() {
        assertThat(reportedPerGroup(stats("pw.dispatcher", "by=day")))
                .containsExactly(Map.entry("2021-03-01", 2L), Map.entry("2021-03-02", 2L), Map.entry("2021-03-03", 1L));
        // local (Beijing) hours: 09, 10, 08, 11, 15
        assertThat(reportedPerGroup(stats("pw.dispatcher", "by=hour"))).containsOnlyKeys("08", "09", "10", "11", "15");
        JsonNode categories = stats("pw.dispatcher", "by=category&lang=en").path("groups");
        assertThat(reportedPerGroup(categories)).containsExactly(Map.entry("03", 1L), Map.entry("04", 4L));
        JsonNode leaves = stats("pw.dispatcher", "by=category&level=3").path("groups");
        assertThat(reportedPerGroup(leaves)).containsExactly(Map.entry("030201", 1L), Map.entry("040101", 4L));
        assertThat(leaves.get(1).path("name").asText()).isNotBlank().isNotEqualTo("040101");

        // the child regions of the caller's root: 平望镇 → its villages, 吴江区 → its townships
        JsonNode villages = stats("pw.dispatcher", "by=region").path("groups");
        assertThat(reportedPerGroup(villages)).containsExactly(Map.entry("320509104001", 5L));
        assertThat(villages.get(0).path("name").asText()).startsWith("西塘社区");
        JsonNode townships = stats("wj.dispatcher", "by=region").path("groups");
        assertThat(reportedPerGroup(townships)).containsExactly(Map.entry("320509104", 5L));
        assertThat(townships.get(0).path("name").asText()).isEqualTo("平望镇");

        JsonNode sources = stats("pw.dispatcher", "by=source").path("groups");
        assertThat(reportedPerGroup(sources)).containsExactly(Map.entry("GRID_PATROL", 5L));
        assertThat(sources.get(0).path("name").asText()).isEqualTo("网格员巡查");
        JsonNode byGrid = stats("pw.dispatcher", "by=grid").path("groups");
        assertThat(reportedPerGroup(byGrid)).containsExactly(Map.entry(StatisticsFixture.GRID, 5L));
        JsonNode departments = stats("pw.dispatcher", "by=department").path("groups");
        assertThat(reportedPerGroup(departments)).containsEntry("320509104-cg", 2L);
        assertThat(groupNames(departments)).containsEntry("320509104-cg", "平望镇综合行政执法局");
        assertThat(departments.path(0).path("figures").path("reported").asLong()
                + departments.path(1).path("figures").path("reported").asLong()).isEqualTo(5);
    }

    @Test
    void departmentsAreNamedInsideTheCallersScopeAndOthersKeepTheirCode() {
        // April 2021: one event each with the county's ecology bureau, the township's enforcement team and a code
        // no department has (data from before the check)
        String april = "from=2021-04-01&to=2021-04-01&by=department";
        for (String department : java.util.List.of("320509-sthj", "320509104-cg", "320509-gone")) {
            long id = fixture.report("xt.inspector", "040101");
            fixture.restamp(id, "2021-04-01T02:00:00Z", null, null, null, null, null, false, 0);
            assertThat(jdbc.sql("update event.event set assigned_department = :d where id = :id")
                    .param("d", department).param("id", id).update()).isOne();
        }
        JsonNode county = fixture.get("wj.dispatcher", "/api/events/statistics?" + april).getBody().path("groups");
        assertThat(groupNames(county)).containsExactly(Map.entry("320509-gone", "320509-gone"),
                Map.entry("320509-sthj", "苏州市吴江生态环境局"), Map.entry("320509104-cg", "平望镇综合行政执法局"));
        // the county's bureau lies outside 平望镇's scope: its events count there, its name is not told
        JsonNode township = fixture.get("pw.dispatcher", "/api/events/statistics?" + april).getBody().path("groups");
        assertThat(groupNames(township)).containsEntry("320509-sthj", "320509-sthj")
                .containsEntry("320509104-cg", "平望镇综合行政执法局");
        assertThat(reportedPerGroup(township)).containsEntry("320509-sthj", 1L);
    }

    @Test
    void anotherJurisdictionSeesNothingAndARegionNeverWidens() {
        assertThat(stats("lz.dispatcher", "by=day").path("totals").path("reported").asLong()).isZero();
        assertThat(stats("lz.dispatcher", "by=region&region=320509").path("groups")).isEmpty();
        assertThat(stats("lz.dispatcher", "by=region&region=320509").path("totals").path("reported").asLong()).isZero();
        // a region containing the caller's gives the caller's own; a sibling gives nothing
        assertThat(stats("pw.dispatcher", "region=320509").path("totals").path("reported").asLong()).isEqualTo(5);
        assertThat(stats("pw.dispatcher", "region=320509105").path("totals").path("reported").asLong()).isZero();
        assertThat(stats("wj.dispatcher", "region=320509104001").path("totals").path("reported").asLong()).isEqualTo(5);
        // narrowing to the village groups by the village itself
        assertThat(reportedPerGroup(stats("wj.dispatcher", "by=region&region=320509104001").path("groups")))
                .containsExactly(Map.entry("320509104001", 5L));
    }

    @Test
    void badParametersAndMissingPermissionAreRefused() {
        assertThat(fixture.get("xt.inspector", "/api/events/statistics?" + PERIOD).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> by = fixture.get("pw.dispatcher", "/api/events/statistics?by=colour");
        assertThat(by.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(by.getBody().path("code").asText()).isEqualTo("stats.by.unknown");
        assertThat(fixture.get("pw.dispatcher", "/api/events/statistics?from=2021-03-05&to=2021-03-01")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fixture.get("pw.dispatcher", "/api/events/statistics?from=yesterday").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fixture.get("pw.dispatcher", "/api/events/statistics?region=32x").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void heatCellsCountTheEventsInScope() {
        Point at = fixture.point();
        JsonNode cells = fixture.get("pw.dispatcher", "/api/events/heat?" + PERIOD).getBody();
        assertThat(cells).hasSize(1);
        assertThat(cells.get(0).path("weight").asLong()).isEqualTo(5);
        assertThat(cells.get(0).path("lat").asDouble()).isCloseTo(at.getY(), within(0.0006));
        assertThat(cells.get(0).path("lng").asDouble()).isCloseTo(at.getX(), within(0.0006));
        assertThat(fixture.get("pw.dispatcher", "/api/events/heat?category=03&" + PERIOD).getBody().get(0)
                .path("weight").asLong()).isEqualTo(1);
        assertThat(fixture.get("lz.dispatcher", "/api/events/heat?" + PERIOD).getBody()).isEmpty();
        assertThat(fixture.get("lz.dispatcher", "/api/events/heat?region=320509&" + PERIOD).getBody()).isEmpty();
        assertThat(fixture.get("pw.dispatcher", "/api/events/heat?limit=0").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode stats(String username, String query) {
        ResponseEntity<JsonNode> answer = fixture.get(username, "/api/events/statistics?" + PERIOD + "&" + query);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static Map<String, Long> reportedPerGroup(JsonNode report) {
        JsonNode groups = report.has("groups") ? report.path("groups") : report;
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        groups.forEach(g -> counts.put(g.path("key").isNull() ? null : g.path("key").asText(),
                g.path("figures").path("reported").asLong()));
        return counts;
    }

    private static Map<String, String> groupNames(JsonNode groups) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        groups.forEach(g -> names.put(g.path("key").asText(), g.path("name").asText()));
        return names;
    }

    private static void assertStage(JsonNode stage, long count, double average, double median) {
        assertThat(stage.path("count").asLong()).isEqualTo(count);
        assertThat(stage.path("average").asDouble()).isCloseTo(average, within(0.01));
        assertThat(stage.path("median").asDouble()).isCloseTo(median, within(0.01));
    }
}
