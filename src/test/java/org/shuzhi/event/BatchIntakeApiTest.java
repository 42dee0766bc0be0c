package org.shuzhi.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
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
 * {@code POST /api/events/batch} as 西塘社区's grid inspector: valid reports are created and readable with their
 * timeline, a faulty one and one outside the inspector's community are refused on their own with a problem naming
 * the field, a key repeated inside the batch or sent again answers with the earlier event.
 */
@IntegrationTest
class BatchIntakeApiTest {

    static final String GRID = "320509104001001";

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    Grids grids;

    @Test
    void eachReportIsAnsweredOnItsOwn() {
        String prefix = UUID.randomUUID().toString();
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        Grid elsewhere = grids.list("320509104", DataScope.all()).stream()
                .filter(g -> g.type() == GridType.COMPREHENSIVE && !g.regionCode().equals("320509104001"))
                .findFirst().orElseThrow();
        Point outside = elsewhere.polygon().getInteriorPoint();
        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(item(prefix + "-0", "040101", inside));
        batch.add(item(prefix + "-1", "040201", inside));
        batch.add(item(prefix + "-2", "999999", inside));
        batch.add(item(prefix + "-3", "040101", outside));
        batch.add(item(prefix + "-0", "040101", inside));
        batch.add(item(null, "030201", inside));

        JsonNode answer = post("xt.inspector", batch, "en").getBody();
        assertThat(answer.path("created").asInt()).isEqualTo(3);
        assertThat(answer.path("duplicates").asInt()).isEqualTo(1);
        assertThat(answer.path("errors").asInt()).isEqualTo(2);
        JsonNode items = answer.path("items");
        assertThat(items).extracting(i -> i.path("status").asText())
                .containsExactly("CREATED", "CREATED", "ERROR", "ERROR", "DUPLICATE", "CREATED");
        assertThat(items.get(2).path("problem").path("field").asText()).isEqualTo("categoryCode");
        assertThat(items.get(2).path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(items.get(2).path("problem").path("detail").asText()).isNotBlank();
        assertThat(items.get(3).path("problem").path("field").asText()).isEqualTo("regionCode");
        assertThat(items.get(4).path("id").asLong()).isEqualTo(items.get(0).path("id").asLong());

        long id = items.get(1).path("id").asLong();
        JsonNode event = get("pw.dispatcher", "/api/events/" + id).getBody().path("event");
        assertThat(event.path("gridCode").asText()).isEqualTo(GRID);
        assertThat(event.path("regionCode").asText()).isEqualTo("320509104001");
        assertThat(event.path("state").asText()).isEqualTo("REPORTED");
        assertThat(event.path("categoryCode").asText()).isEqualTo("040201");
        JsonNode timeline = get("pw.dispatcher", "/api/events/" + id + "/timeline").getBody();
        assertThat(timeline).extracting(step -> step.path("action").asText()).containsExactly("REPORT");
        assertThat(timeline.get(0).path("actor").asText()).isEqualTo("xt.inspector");
        assertThat(get("lz.dispatcher", "/api/events/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode again = post("xt.inspector", batch.subList(0, 2), "zh-CN").getBody();
        assertThat(again.path("duplicates").asInt()).isEqualTo(2);
        assertThat(again.path("items").get(1).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void anEmptyOrOversizedBatchOrAnUnauthorisedCallerIsRefused() {
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        assertThat(post("xt.inspector", List.of(), "en").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(item(null, "040101", inside));
        }
        ResponseEntity<JsonNode> refused = post("xt.inspector", tooMany, "en");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("event.batch.size");
        ResponseEntity<JsonNode> reviewer = post("wj.reviewer", List.of(item(null, "040101", inside)), "en");
        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static Map<String, Object> item(String key, String category, Point at) {
        Map<String, Object> item = new HashMap<>(Map.of("categoryCode", category, "title", "批量上报",
                "description", "巡查发现", "lat", at.getY(), "lng", at.getX()));
        if (key != null) {
            item.put("idempotencyKey", key);
        }
        return item;
    }

    private ResponseEntity<JsonNode> post(String username, List<Map<String, Object>> body, String language) {
        HttpHeaders headers = tokens.as(username);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange("/api/events/batch", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String username, String path) {
        return http.exchange(path, HttpMethod.GET, tokens.request(username), JsonNode.class);
    }
}
