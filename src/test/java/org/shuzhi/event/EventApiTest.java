package org.shuzhi.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The event centre over HTTP with the demo accounts of 平望镇: an inspector reports (idempotently), the dispatcher
 * accepts and dispatches, the department's handler handles, the inspector verifies, the dispatcher closes — and
 * every wrong step is refused with the right status: 409 naming the state, 403 without the permission, 400 without
 * a reason, 404 from another jurisdiction.
 */
@IntegrationTest
class EventApiTest {

    static final String GRID = "320509104001001";

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    Grids grids;

    @Test
    void fromReportToClosure() {
        String key = UUID.randomUUID().toString();
        ResponseEntity<JsonNode> reported = report("xt.inspector", key, "040101");
        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode event = reported.getBody();
        long id = event.path("id").asLong();
        assertThat(event.path("gridCode").asText()).isEqualTo(GRID);
        assertThat(event.path("regionCode").asText()).isEqualTo("320509104001");
        assertThat(event.path("state").asText()).isEqualTo("REPORTED");

        ResponseEntity<JsonNode> again = report("xt.inspector", key, "040101");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().path("id").asLong()).isEqualTo(id);

        assertThat(act("pw.dispatcher", id, Map.of("action", "ACCEPT")).path("state").asText()).isEqualTo("ACCEPTED");
        JsonNode dispatched = act("pw.dispatcher", id, Map.of("action", "DISPATCH", "level", "TOWNSHIP",
                "department", "320509104-cg", "reason", "占道经营由镇综合执法局处置"));
        assertThat(dispatched.path("state").asText()).isEqualTo("DISPATCHED");
        assertThat(dispatched.path("assignedDepartment").asText()).isEqualTo("320509104-cg");
        assertThat(dispatched.path("assignedRegionCode").asText()).isEqualTo("320509104");
        assertThat(dispatched.path("dueAt").isNull()).isFalse();

        act("pw.cg.handler", id, Map.of("action", "RECEIVE"));
        act("pw.cg.handler", id, Map.of("action", "START"));
        assertThat(act("pw.cg.handler", id, Map.of("action", "HANDLE", "reason", "已劝离摊贩"))
                .path("state").asText()).isEqualTo("HANDLED");
        act("xt.inspector", id, Map.of("action", "VERIFY"));
        assertThat(act("pw.dispatcher", id, Map.of("action", "CLOSE")).path("state").asText()).isEqualTo("CLOSED");

        JsonNode timeline = get("pw.dispatcher", "/api/events/" + id + "/timeline").getBody();
        assertThat(timeline).extracting(step -> step.path("action").asText()).containsExactly("REPORT", "ACCEPT",
                "DISPATCH", "RECEIVE", "START", "HANDLE", "VERIFY", "CLOSE");
        assertThat(timeline.get(2).path("actor").asText()).isEqualTo("pw.dispatcher");
        assertThat(timeline.get(2).path("reason").asText()).isEqualTo("占道经营由镇综合执法局处置");
    }

    @Test
    void wrongStepsAreRefusedWithTheRightStatus() {
        long id = report("xt.inspector", UUID.randomUUID().toString(), "040201").getBody().path("id").asLong();

        ResponseEntity<JsonNode> illegal = actRaw("pw.dispatcher", id, Map.of("action", "CLOSE"));
        assertThat(illegal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(illegal.getBody().path("state").asText()).isEqualTo("REPORTED");
        assertThat(illegal.getBody().path("code").asText()).isEqualTo("event.transition.illegal");

        assertThat(actRaw("xt.inspector", id, Map.of("action", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> noReason = actRaw("pw.dispatcher", id, Map.of("action", "REJECT"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("field").asText()).isEqualTo("reason");

        assertThat(get("lz.dispatcher", "/api/events/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(actRaw("lz.dispatcher", id, Map.of("action", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("pw.dispatcher", "/api/events/" + id).getBody().path("event").path("state").asText())
                .isEqualTo("REPORTED");
    }

    @Test
    void aBadReportIsRefusedNamingTheField() {
        ResponseEntity<JsonNode> bad = report("xt.inspector", UUID.randomUUID().toString(), "999999");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("field").asText()).isEqualTo("categoryCode");
    }

    private ResponseEntity<JsonNode> report(String username, String key, String category) {
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        Map<String, Object> body = Map.of("idempotencyKey", key, "categoryCode", category, "title", "占道经营",
                "description", "西塘街口有流动摊贩占道", "lat", inside.getY(), "lng", inside.getX(),
                "reporterName", "王五", "reporterPhone", "13912345678");
        return http.exchange("/api/events", HttpMethod.POST, new HttpEntity<>(body, json(username)), JsonNode.class);
    }

    private JsonNode act(String username, long id, Map<String, Object> body) {
        ResponseEntity<JsonNode> answer = actRaw(username, id, body);
        assertThat(answer.getStatusCode()).as("%s by %s: %s", body, username, answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<JsonNode> actRaw(String username, long id, Map<String, Object> body) {
        return http.exchange("/api/events/" + id + "/transitions", HttpMethod.POST,
                new HttpEntity<>(body, json(username)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String username, String path) {
        return http.exchange(path, HttpMethod.GET, tokens.request(username), JsonNode.class);
    }

    private HttpHeaders json(String username) {
        HttpHeaders headers = tokens.as(username);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
