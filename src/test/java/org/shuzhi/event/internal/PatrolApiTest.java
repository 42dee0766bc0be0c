package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.grid.Grids;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Patrols over HTTP as the demo grid inspector of 西塘社区: one open patrol at a time, only one's own, and the 3510
 * assessment of patrols and reports moved to 10–11 March 2021.
 */
@IntegrationTest
class PatrolApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    Grids grids;

    @Autowired
    JdbcClient jdbc;

    StatisticsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new StatisticsFixture(http, tokens, grids, jdbc);
    }

    @Test
    void oneOpenPatrolAtATimeAndOnlyOnesOwn() {
        ResponseEntity<JsonNode> in = checkIn();
        assertThat(in.getStatusCode()).as("%s", in.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = in.getBody().path("id").asLong();
        assertThat(in.getBody().path("gridCode").asText()).isEqualTo(StatisticsFixture.GRID);
        assertThat(in.getBody().path("regionCode").asText()).isEqualTo("320509104001");
        assertThat(in.getBody().path("open").asBoolean()).isTrue();

        ResponseEntity<JsonNode> again = checkIn();
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("openPatrol").asLong()).isEqualTo(id);

        // someone else's patrol does not exist for them, even inside their scope
        assertThat(fixture.post("pw.dispatcher", "/api/patrols/" + id + "/check-out", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(fixture.post("lz.dispatcher", "/api/patrols/" + id + "/check-out", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // a grid that is not the inspector's
        assertThat(fixture.post("xt.inspector", "/api/patrols/check-in", Map.of("gridCode", "320509104002001"))
                .getStatusCode().is4xxClientError()).isTrue();

        ResponseEntity<JsonNode> out = fixture.post("xt.inspector", "/api/patrols/" + id + "/check-out",
                Map.of("lat", 30.95, "lng", 120.64, "distanceMetres", 1200));
        assertThat(out.getStatusCode()).as("%s", out.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(out.getBody().path("open").asBoolean()).isFalse();
        assertThat(out.getBody().path("distanceMetres").asDouble()).isEqualTo(1200);
        assertThat(fixture.post("xt.inspector", "/api/patrols/" + id + "/check-out", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode mine = fixture.get("xt.inspector", "/api/patrols/mine").getBody();
        assertThat(mine.findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(fixture.get("pw.dispatcher", "/api/patrols/mine").getBody().findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));
        // an analyst reports nothing and patrols nothing
        assertThat(fixture.post("wj.analyst", "/api/patrols/check-in", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void the3510StandardPerInspectorAndDay() {
        // 10 March: three patrols of two hours and ten problems — every target met
        for (int i = 0; i < 3; i++) {
            long patrol = patrol();
            fixture.restampPatrol(patrol, "2021-03-10T0%d:00:00Z".formatted(2 * i), "2021-03-10T0%d:00:00Z".formatted(2 * i + 2));
        }
        for (int i = 0; i < 10; i++) {
            long event = fixture.report("xt.inspector", "040201");
            fixture.restamp(event, "2021-03-10T03:%02d:00Z".formatted(i), null, null, null, null, null, false, 0);
        }
        // 11 March: two patrols of half an hour, nine problems — none met
        for (int i = 0; i < 2; i++) {
            long patrol = patrol();
            fixture.restampPatrol(patrol, "2021-03-11T0%d:00:00Z".formatted(i + 1), "2021-03-11T0%d:30:00Z".formatted(i + 1));
        }
        for (int i = 0; i < 9; i++) {
            long event = fixture.report("xt.inspector", "040201");
            fixture.restamp(event, "2021-03-11T03:%02d:00Z".formatted(i), null, null, null, null, null, false, 0);
        }

        JsonNode report = fixture.get("pw.dispatcher",
                "/api/events/statistics/inspectors?from=2021-03-10&to=2021-03-11").getBody();
        assertThat(report.path("inspectorDays").asInt()).isEqualTo(2);
        assertThat(report.path("meetingAll").asInt()).isEqualTo(1);
        assertThat(report.path("shareMeetingAll").asDouble()).isEqualTo(0.5);
        JsonNode first = report.path("days").get(0);
        assertThat(first.path("account").asText()).isEqualTo("xt.inspector");
        assertThat(first.path("name").asText()).isNotBlank();
        assertThat(first.path("day").asText()).isEqualTo("2021-03-10");
        assertThat(first.path("patrols").asInt()).isEqualTo(3);
        assertThat(first.path("hours").asDouble()).isEqualTo(6.0);
        assertThat(first.path("problems").asLong()).isEqualTo(10);
        assertThat(first.path("allMet").asBoolean()).isTrue();
        JsonNode second = report.path("days").get(1);
        assertThat(second.path("patrols").asInt()).isEqualTo(2);
        assertThat(second.path("hours").asDouble()).isEqualTo(1.0);
        assertThat(second.path("problems").asLong()).isEqualTo(9);
        assertThat(second.path("patrolsMet").asBoolean()).isFalse();
        assertThat(second.path("hoursMet").asBoolean()).isFalse();
        assertThat(second.path("problemsMet").asBoolean()).isFalse();

        JsonNode oneDay = fixture.get("wj.leader", "/api/events/statistics/inspectors?date=2021-03-10").getBody();
        assertThat(oneDay.path("inspectorDays").asInt()).isEqualTo(1);
        assertThat(oneDay.path("days").get(0).path("allMet").asBoolean()).isTrue();
        // 兰州 sees no inspector of 吴江区, also when it names the region
        assertThat(fixture.get("lz.dispatcher", "/api/events/statistics/inspectors?from=2021-03-10&to=2021-03-11")
                .getBody().path("days")).isEmpty();
        assertThat(fixture.get("lz.dispatcher",
                "/api/events/statistics/inspectors?region=320509&from=2021-03-10&to=2021-03-11").getBody().path("days"))
                .isEmpty();
    }

    @Test
    void targetsAreMetAtTheirThresholds() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(InspectorPerformance.assess("a", "A", day, 3, 5.0, 10).allMet()).isTrue();
        assertThat(InspectorPerformance.assess("a", "A", day, 2, 5.0, 10).patrolsMet()).isFalse();
        assertThat(InspectorPerformance.assess("a", "A", day, 3, 4.99, 10).hoursMet()).isFalse();
        assertThat(InspectorPerformance.assess("a", "A", day, 3, 5.0, 9).problemsMet()).isFalse();
        assertThat(InspectorPerformance.assess("a", "A", day, 3, 4.99, 10).allMet()).isFalse();
    }

    private ResponseEntity<JsonNode> checkIn() {
        return fixture.post("xt.inspector", "/api/patrols/check-in", Map.of("lat", 30.95, "lng", 120.64));
    }

    /** A patrol checked in and out now; its id. */
    private long patrol() {
        ResponseEntity<JsonNode> in = checkIn();
        assertThat(in.getStatusCode()).as("%s", in.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = in.getBody().path("id").asLong();
        assertThat(fixture.post("xt.inspector", "/api/patrols/" + id + "/check-out", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return id;
    }
}
