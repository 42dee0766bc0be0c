package org.shuzhi.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Supervision (督办) by a leader, and duplicates (重复事件) over HTTP: found only within 50 m, 24 h and the same
 * category among open events, merged, and following their master; a caller from another jurisdiction gets 404.
 */
@IntegrationTest
class SupervisionAndDuplicatesTest {

    static final String GRID = "320509104001001";
    /** Metres per degree of latitude (mean earth radius). */
    static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoTokens tokens;
    @Autowired
    Grids grids;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void signInBeforeTheClockMoves() {
        for (String user : List.of("pw.dispatcher", "pw.leader", "pw.cg.handler", "xt.inspector", "lz.dispatcher")) {
            tokens.token(user);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLeaderSupervisesWithANoteAndSupervisedEventsAreListed() {
        long id = report(0, "040202", Instant.now());
        act("pw.dispatcher", id, Map.of("action", "ACCEPT"));
        JsonNode dispatched = act("pw.dispatcher", id, Map.of("action", "DISPATCH", "level", "TOWNSHIP",
                "department", "320509104-cg", "reason", "镇综合执法局处置"));

        assertThat(actRaw("pw.leader", id, Map.of("action", "SUPERVISE")).getStatusCode())
                .as("a note is required").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(actRaw("pw.cg.handler", id, Map.of("action", "SUPERVISE", "reason", "督办"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode supervised = act("pw.leader", id, Map.of("action", "SUPERVISE", "reason", "群众反映强烈，请加快处置"));
        assertThat(supervised.path("supervised").asBoolean()).isTrue();
        assertThat(supervised.path("state").asText()).isEqualTo("DISPATCHED");
        assertThat(supervised.path("dueAt").asText()).as("supervision leaves the deadline")
                .isEqualTo(dispatched.path("dueAt").asText());

        JsonNode last = last(get("pw.dispatcher", "/api/events/" + id + "/timeline").getBody());
        assertThat(last.path("action").asText()).isEqualTo("SUPERVISE");
        assertThat(last.path("actor").asText()).isEqualTo("pw.leader");
        assertThat(last.path("reason").asText()).isEqualTo("群众反映强烈，请加快处置");

        assertThat(ids(get("pw.dispatcher", "/api/events?supervised=true&size=200").getBody())).contains(id);
        assertThat(ids(get("pw.dispatcher", "/api/events?supervised=false&size=200").getBody())).doesNotContain(id);
        assertThat(ids(get("pw.dispatcher", "/api/events?supervised=true&size=200").getBody()))
                .allSatisfy(other -> assertThat(get("pw.dispatcher", "/api/events/" + other).getBody()
                        .path("event").path("supervised").asBoolean()).isTrue());
    }

    @Test
    void duplicatesAreNearInTheSameCategoryAndOpenAndMergedOnesFollowTheirMaster() {
        Instant t0 = Instant.parse("2026-05-11T02:00:00Z");
        Duration hour = Duration.ofHours(1);
        long master = report(0, "040104", t0);
        long near = report(45, "040104", t0.plus(hour));
        long tooFar = report(55, "040104", t0.plus(hour));
        long later = report(0, "040104", t0.plus(Duration.ofHours(23)));
        long tooLate = report(0, "040104", t0.plus(Duration.ofHours(25)));
        long otherCategory = report(0, "040103", t0.plus(hour));
        long rejected = report(0, "040104", t0.plus(hour));
        act("pw.dispatcher", rejected, Map.of("action", "REJECT", "reason", "无效上报"));

        ResponseEntity<JsonNode> found = get("pw.dispatcher", "/api/events/" + master + "/duplicates");
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> duplicates = list(found.getBody());
        assertThat(duplicates).extracting(d -> d.path("event").path("id").asLong()).containsExactly(later, near);
        assertThat(duplicates.get(0).path("metres").asDouble()).isLessThan(1);
        assertThat(duplicates.get(0).path("secondsApart").asLong()).isBetween(23 * 3600L - 60, 23 * 3600L + 60);
        assertThat(duplicates.get(1).path("metres").asDouble()).isBetween(44.0, 46.0);
        assertThat(ids(found.getBody(), "event")).doesNotContain(tooFar, tooLate, otherCategory, rejected);
        assertThat(get("lz.dispatcher", "/api/events/" + master + "/duplicates").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        act("pw.dispatcher", near, Map.of("action", "MERGE", "masterId", master, "reason", "同一处广告牌"));
        assertThat(list(get("pw.dispatcher", "/api/events/" + master + "/duplicates").getBody()))
                .extracting(d -> d.path("event").path("id").asLong()).containsExactly(later);
        assertThat(get("pw.dispatcher", "/api/events/" + master).getBody().path("merged"))
                .extracting(JsonNode::asLong).containsExactly(near);

        act("pw.dispatcher", master, Map.of("action", "ACCEPT"));
        act("pw.dispatcher", master, Map.of("action", "DISPATCH", "level", "TOWNSHIP", "department", "320509104-cg",
                "reason", "镇综合执法局处置"));
        act("pw.cg.handler", master, Map.of("action", "RECEIVE"));
        act("pw.cg.handler", master, Map.of("action", "HANDLE", "reason", "已拆除违规广告牌"));
        act("xt.inspector", master, Map.of("action", "VERIFY"));
        act("pw.dispatcher", master, Map.of("action", "CLOSE"));

        List<JsonNode> timeline = list(get("pw.dispatcher", "/api/events/" + near + "/timeline").getBody());
        assertThat(timeline).extracting(step -> step.path("action").asText())
                .containsExactly("REPORT", "MERGE", "FOLLOW_MASTER", "FOLLOW_MASTER", "FOLLOW_MASTER");
        assertThat(timeline.subList(2, 5)).extracting(step -> details(step).path("masterState").asText())
                .containsExactly("HANDLED", "VERIFIED", "CLOSED");
        assertThat(timeline.subList(2, 5)).allSatisfy(step -> {
            assertThat(step.path("to").asText()).isEqualTo("MERGED");
            assertThat(details(step).path("master").asLong()).isEqualTo(master);
        });
        assertThat(get("pw.dispatcher", "/api/events/" + near).getBody().path("event").path("state").asText())
                .isEqualTo("MERGED");
    }

    /** Reports as the 平望镇 dispatcher at {@code at}, {@code metresNorth} north of a point inside the grid. */
    private long report(double metresNorth, String category, Instant at) {
        clock.setTo(at);
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        Map<String, Object> body = new HashMap<>(Map.of("idempotencyKey", UUID.randomUUID().toString(),
                "categoryCode", category, "title", "违规广告牌", "description", "路口广告牌",
                "lat", inside.getY() + metresNorth / METRES_PER_DEGREE, "lng", inside.getX()));
        ResponseEntity<JsonNode> answer = http.exchange("/api/events", HttpMethod.POST,
                new HttpEntity<>(body, json("pw.dispatcher")), JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().path("id").asLong();
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

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** A timeline step's details, which the API gives as JSON text. */
    private static JsonNode details(JsonNode step) {
        try {
            return JSON.readTree(step.path("details").asText());
        } catch (JsonProcessingException e) {
            throw new AssertionError(step + " has no JSON details", e);
        }
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    /** The event ids of a page of the event list. */
    private static List<Long> ids(JsonNode page) {
        return list(page.path("items")).stream().map(e -> e.path("id").asLong()).toList();
    }

    /** The ids under {@code field} of a list. */
    private static List<Long> ids(JsonNode array, String field) {
        return list(array).stream().map(e -> e.path(field).path("id").asLong()).toList();
    }
}
