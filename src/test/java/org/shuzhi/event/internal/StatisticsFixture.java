package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events and patrols for the statistics tests, made through the REST API as the demo accounts of 平望镇 and then
 * moved to a day in the past — the only way to give stages known durations — so that the tests' periods hold
 * exactly their own events, whatever else the shared database contains.
 */
record StatisticsFixture(TestRestTemplate http, DemoTokens tokens, Grids grids, JdbcClient jdbc) {

    static final String GRID = "320509104001001";

    /** The interior point of the test grid: every fixture event lies there. */
    Point point() {
        return grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
    }

    /** Reports an event as {@code username} in the test grid; its id. */
    long report(String username, String category) {
        Point at = point();
        Map<String, Object> body = Map.of("idempotencyKey", UUID.randomUUID().toString(), "categoryCode", category,
                "title", "统计测试", "description", "统计测试事件", "lat", at.getY(), "lng", at.getX());
        ResponseEntity<JsonNode> answer = http.exchange("/api/events", HttpMethod.POST,
                new HttpEntity<>(body, json(username)), JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().path("id").asLong();
    }

    /** Takes the event through the lifecycle up to {@code target}: ACCEPTED, HANDLED, CLOSED or REJECTED. */
    void bringTo(long id, String target) {
        if (target.equals("REJECTED")) {
            act("pw.dispatcher", id, Map.of("action", "REJECT", "reason", "不属于受理范围"));
            return;
        }
        act("pw.dispatcher", id, Map.of("action", "ACCEPT"));
        if (target.equals("ACCEPTED")) {
            return;
        }
        act("pw.dispatcher", id, Map.of("action", "DISPATCH", "level", "TOWNSHIP", "department", "320509104-cg",
                "reason", "派镇综合执法局"));
        act("pw.cg.handler", id, Map.of("action", "RECEIVE"));
        act("pw.cg.handler", id, Map.of("action", "START"));
        act("pw.cg.handler", id, Map.of("action", "HANDLE", "reason", "已处置"));
        if (target.equals("HANDLED")) {
            return;
        }
        act("xt.inspector", id, Map.of("action", "VERIFY"));
        act("pw.dispatcher", id, Map.of("action", "CLOSE"));
    }

    /**
     * Moves an event's milestones to these instants (null leaves a milestone unset as the lifecycle left it) and
     * sets the flags that the deadline watch and returns would have set.
     */
    void restamp(long id, String reported, String accepted, String dispatched, String handled, String closed,
            String due, boolean overdue, int returns) {
        int changed = jdbc.sql("""
                update event.event set reported_at = :reported,
                       accepted_at = case when accepted_at is null then null else cast(:accepted as timestamptz) end,
                       dispatched_at = case when dispatched_at is null then null else cast(:dispatched as timestamptz) end,
                       handled_at = case when handled_at is null then null else cast(:handled as timestamptz) end,
                       closed_at = case when closed_at is null then null else cast(:closed as timestamptz) end,
                       due_at = case when due_at is null then null else cast(:due as timestamptz) end,
                       overdue = :overdue, returns = :returns
                 where id = :id""")
                .param("reported", ts(reported)).param("accepted", ts(accepted)).param("dispatched", ts(dispatched))
                .param("handled", ts(handled)).param("closed", ts(closed)).param("due", ts(due))
                .param("overdue", overdue).param("returns", returns).param("id", id).update();
        assertThat(changed).isOne();
    }

    /** Moves a patrol to these instants. */
    void restampPatrol(long id, String started, String ended) {
        assertThat(jdbc.sql("update event.patrol set started_at = :s, ended_at = :e where id = :id")
                .param("s", ts(started)).param("e", ts(ended)).param("id", id).update()).isOne();
    }

    JsonNode act(String username, long id, Map<String, Object> body) {
        ResponseEntity<JsonNode> answer = http.exchange("/api/events/" + id + "/transitions", HttpMethod.POST,
                new HttpEntity<>(body, json(username)), JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s by %s: %s", body, username, answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    ResponseEntity<JsonNode> get(String username, String path) {
        return http.exchange(path, HttpMethod.GET, tokens.request(username), JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String username, String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, json(username)), JsonNode.class);
    }

    HttpHeaders json(String username) {
        HttpHeaders headers = tokens.as(username);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static Timestamp ts(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }
}
