package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.calendar.WorkingCalendar;
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
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Dispatch by rules over HTTP with the demo rules of 吴江区: automatic dispatch at intake with the rule named on the
 * event and its timeline, dispatch by a rule on the dispatcher's word, the dispatcher's override with a reason, the
 * preview, keeping rules (versions, deactivation, who may write), and scope — a 兰州 rule never applies in 吴江 and
 * is not found there.
 */
@IntegrationTest
class DispatchRulesTest {

    static final String GRID = "320509104001001";
    static final String VILLAGE = "320509104001";

    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoTokens tokens;
    @Autowired
    Grids grids;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    EventHttp api;

    @Test
    void aGreeneryReportIsAcceptedAndDispatchedToItsGridAtOnce() {
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        JsonNode event = report("pw.dispatcher", "040301", "NORMAL", inside.getY(), inside.getX());

        assertThat(event.path("state").asText()).isEqualTo("DISPATCHED");
        assertThat(event.path("level").asText()).isEqualTo("GRID");
        assertThat(event.path("assignedRegionCode").asText()).isEqualTo(VILLAGE);
        JsonNode why = json(event.path("dispatchExplanation").asText());
        assertThat(why.path("by").asText()).isEqualTo("rule");
        assertThat(why.path("rule").path("name").asText()).isEqualTo("园林绿化小事网格自办");
        assertThat(why.path("rule").path("id").asLong()).isPositive();
        assertThat(why.path("grid").asText()).isEqualTo(GRID);
        assertThat(why.path("region").asText()).isEqualTo(VILLAGE);
        assertThat(why.path("level").asText()).isEqualTo("GRID");

        JsonNode timeline = get("pw.dispatcher", "/api/events/" + event.path("id").asLong() + "/timeline").getBody();
        assertThat(timeline).extracting(s -> s.path("action").asText()).containsExactly("REPORT", "ACCEPT", "DISPATCH");
        assertThat(timeline).extracting(s -> s.path("actor").asText())
                .containsExactly("pw.dispatcher", "system", "system");
        assertThat(json(timeline.get(2).path("details").asText()).path("rule").path("name").asText())
                .isEqualTo("园林绿化小事网格自办");
        Instant dispatchedAt = Instant.parse(timeline.get(2).path("at").asText());
        assertThat(Instant.parse(event.path("dueAt").asText()))
                .isEqualTo(calendar.deadline(dispatchedAt, TimeLimit.parse("5d")).due());
    }

    @Test
    void withoutAutomaticDispatchTheDispatcherDispatchesByTheRule() {
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        long id = report("pw.dispatcher", "050302", "NORMAL", inside.getY(), inside.getX()).path("id").asLong();
        act("pw.dispatcher", id, Map.of("action", "ACCEPT"), HttpStatus.OK);
        JsonNode dispatched = act("pw.dispatcher", id, Map.of("action", "DISPATCH"), HttpStatus.OK);
        assertThat(dispatched.path("level").asText()).isEqualTo("COUNTY");
        assertThat(dispatched.path("assignedRegionCode").asText()).isEqualTo("320509");
        assertThat(dispatched.path("assignedDepartment").asText()).isEqualTo("320509-sthj");
        JsonNode why = json(dispatched.path("dispatchExplanation").asText());
        assertThat(why.path("rule").path("name").asText()).isEqualTo("生态环境问题派区生态环境局");
        assertThat(why.path("rule").path("region").asText()).isEqualTo("320509");
    }

    @Test
    void aDispatchersChoiceOverridesTheRulesOnlyWithAReason() {
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        long id = report("pw.dispatcher", "050203", "NORMAL", inside.getY(), inside.getX()).path("id").asLong();
        act("pw.dispatcher", id, Map.of("action", "ACCEPT"), HttpStatus.OK);
        JsonNode refused = act("pw.dispatcher", id, Map.of("action", "DISPATCH", "level", "TOWNSHIP",
                "department", "320509104-cg"), HttpStatus.BAD_REQUEST);
        assertThat(refused.path("field").asText()).isEqualTo("reason");
        assertThat(act("pw.dispatcher", id, Map.of("action", "DISPATCH", "department", "320509104-cg"),
                HttpStatus.BAD_REQUEST).path("field").asText()).as("a department alone overrides too")
                .isEqualTo("reason");

        JsonNode dispatched = act("pw.dispatcher", id, Map.of("action", "DISPATCH", "level", "TOWNSHIP",
                "department", "320509104-cg", "reason", "餐饮油烟由镇综合执法局先行处置"), HttpStatus.OK);
        assertThat(dispatched.path("level").asText()).isEqualTo("TOWNSHIP");
        assertThat(dispatched.path("assignedDepartment").asText()).isEqualTo("320509104-cg");
        JsonNode why = json(dispatched.path("dispatchExplanation").asText());
        assertThat(why.path("by").asText()).isEqualTo("dispatcher");
        assertThat(why.path("rule").path("name").asText()).as("the rule overridden")
                .isEqualTo("生态环境问题派区生态环境局");
        JsonNode timeline = get("pw.dispatcher", "/api/events/" + id + "/timeline").getBody();
        assertThat(timeline.get(2).path("reason").asText()).isEqualTo("餐饮油烟由镇综合执法局先行处置");
    }

    @Test
    void thePreviewNamesTheRuleAndWhy() {
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        String at = "&lat=" + inside.getY() + "&lng=" + inside.getX();
        JsonNode urgent = get("pw.dispatcher", "/api/events/dispatch-rules/preview?category=020101&urgency=URGENT" + at)
                .getBody();
        assertThat(urgent.path("rule").path("name").asText()).isEqualTo("紧急安全隐患派镇安监");
        assertThat(urgent.path("level").asText()).isEqualTo("TOWNSHIP");
        assertThat(urgent.path("department").asText()).isEqualTo("320509104-yjgl");
        assertThat(urgent.path("autoDispatch").asBoolean()).isTrue();
        assertThat(urgent.path("gridCode").asText()).isEqualTo(GRID);
        assertThat(urgent.path("explanation").path("rule").path("name").asText()).isEqualTo("紧急安全隐患派镇安监");

        JsonNode normal = get("pw.dispatcher", "/api/events/dispatch-rules/preview?category=020101" + at).getBody();
        assertThat(normal.path("rule").isNull()).isTrue();
        assertThat(normal.path("level").asText()).as("the ladder: the grid").isEqualTo("GRID");
        assertThat(normal.path("explanation").path("by").asText()).isEqualTo("ladder");

        // the night rule for street order: 22:00 and 03:00 in Shanghai, not 15:00
        assertThat(preview("040101", at, "2026-12-02T14:00:00Z").path("rule").path("name").asText())
                .isEqualTo("夜间市容问题派镇综合执法");
        assertThat(preview("040101", at, "2026-12-02T19:00:00Z").path("level").asText()).isEqualTo("TOWNSHIP");
        assertThat(preview("040101", at, "2026-12-02T07:00:00Z").path("rule").isNull()).isTrue();

        assertThat(get("pw.dispatcher", "/api/events/dispatch-rules/preview?category=999999" + at).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("lz.dispatcher", "/api/events/dispatch-rules/preview?category=020101" + at).getStatusCode())
                .as("a point outside the caller's scope").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("wj.analyst", "/api/events/dispatch-rules/preview?category=020101" + at).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aHolidayRuleAppliesOnHolidaysOnlyAndRulesAreKeptWithVersions() {
        String grid = "320509104001002";
        Point inside = grids.find(grid, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        String at = "&lat=" + inside.getY() + "&lng=" + inside.getX();
        Map<String, Object> body = new HashMap<>(Map.of("regionCode", "320509104",
                "name", "节假日共享单车 " + UUID.randomUUID(),
                "categoryPrefix", "030302", "gridCode", grid, "days", List.of("HOLIDAY"), "level", "VILLAGE"));
        assertThat(send("wj.dispatcher", HttpMethod.POST, "/api/events/dispatch-rules", body).getStatusCode())
                .as("a dispatcher reads but does not keep rules").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> created = send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", body);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().path("id").asLong();
        assertThat(send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", body).getStatusCode())
                .as("the same name twice").isEqualTo(HttpStatus.CONFLICT);

        // 2 October 2026 (Friday) and 3 October (Saturday) are National Day; 17 October is an ordinary Saturday
        assertThat(preview("030302", grid, at, "2026-10-02T03:00:00Z").path("rule").path("id").asLong()).isEqualTo(id);
        assertThat(preview("030302", grid, at, "2026-10-03T03:00:00Z").path("rule").path("id").asLong()).isEqualTo(id);
        assertThat(preview("030302", grid, at, "2026-10-17T03:00:00Z").path("rule").isNull()).isTrue();
        assertThat(preview("030302", grid, at, "2026-10-02T03:00:00Z").path("explanation").path("day").asText())
                .isEqualTo("HOLIDAY");

        body.put("level", "TOWNSHIP");
        body.put("version", 0);
        ResponseEntity<JsonNode> updated = send("wj.admin", HttpMethod.PUT, "/api/events/dispatch-rules/" + id, body);
        assertThat(updated.getStatusCode()).as("%s", updated.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().path("level").asText()).isEqualTo("TOWNSHIP");
        assertThat(updated.getBody().path("version").asInt()).isEqualTo(1);
        assertThat(send("wj.admin", HttpMethod.PUT, "/api/events/dispatch-rules/" + id, body).getStatusCode())
                .as("a stale version").isEqualTo(HttpStatus.CONFLICT);
        body.remove("version");
        assertThat(send("wj.admin", HttpMethod.PUT, "/api/events/dispatch-rules/" + id, body).getStatusCode())
                .as("no version").isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(get("pw.admin", "/api/events/dispatch-rules/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> off = send("wj.admin", HttpMethod.POST,
                "/api/events/dispatch-rules/" + id + "/deactivate", Map.of("version", 1));
        assertThat(off.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(off.getBody().path("active").asBoolean()).isFalse();
        assertThat(preview("030302", grid, at, "2026-10-02T03:00:00Z").path("rule").isNull()).isTrue();
    }

    @Test
    void writesStayInsideTheWritersScopeAndCheckWhatTheyName() {
        Map<String, Object> body = new HashMap<>(Map.of("regionCode", "6201", "name", "越界 " + UUID.randomUUID(),
                "level", "COUNTY"));
        assertThat(send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", body).getBody().path("field")
                .asText()).isEqualTo("regionCode");
        body.put("regionCode", "320509");
        body.put("department", "6201-cg");
        assertThat(send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", body).getBody().path("field")
                .asText()).isEqualTo("department");
        body.put("department", "320509-cg");
        body.put("gridCode", "320509104001001");
        body.put("regionCode", "320509105");
        assertThat(send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", body).getBody().path("field")
                .asText()).as("a grid outside the rule's region").isEqualTo("gridCode");
        body.put("regionCode", "320509");
        body.remove("gridCode");
        body.put("hourFrom", 8);
        assertThat(send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", body).getBody().path("field")
                .asText()).isEqualTo("hourFrom");
        body.remove("hourFrom");
        body.put("categoryPrefix", "99");
        assertThat(send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", body).getBody().path("field")
                .asText()).isEqualTo("categoryPrefix");
    }

    @Test
    void aLanzhouRuleNeverAppliesInWujiangAndIsNotFoundThere() {
        Map<String, Object> body = Map.of("regionCode", "6201", "name", "兰州全部事件 " + UUID.randomUUID(),
                "priority", 1000, "level", "COUNTY", "department", "6201-cg", "autoDispatch", true);
        ResponseEntity<JsonNode> created = send("gs.admin", HttpMethod.POST, "/api/events/dispatch-rules", body);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().path("id").asLong();

        assertThat(get("wj.admin", "/api/events/dispatch-rules/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules/" + id + "/deactivate", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("wj.admin", "/api/events/dispatch-rules").getBody())
                .extracting(r -> r.path("id").asLong()).doesNotContain(id).isNotEmpty();
        assertThat(get("lz.dispatcher", "/api/events/dispatch-rules/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("lz.dispatcher", "/api/events/dispatch-rules").getBody())
                .extracting(r -> r.path("regionCode").asText()).allMatch(code -> code.startsWith("6201"));

        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        JsonNode event = report("pw.dispatcher", "030201", "NORMAL", inside.getY(), inside.getX());
        assertThat(event.path("state").asText()).as("the priority-1000 rule of 兰州 did not dispatch it")
                .isEqualTo("REPORTED");
        act("pw.dispatcher", event.path("id").asLong(), Map.of("action", "ACCEPT"), HttpStatus.OK);
        JsonNode dispatched = act("pw.dispatcher", event.path("id").asLong(), Map.of("action", "DISPATCH"),
                HttpStatus.OK);
        assertThat(dispatched.path("dispatchExplanation").asText()).doesNotContain(String.valueOf(id), "兰州");
        assertThat(json(dispatched.path("dispatchExplanation").asText()).path("by").asText()).isEqualTo("ladder");
    }

    @Test
    void theRulesPageSpeaksChineseAndEnglish() {
        HttpHeaders headers = tokens.as("wj.admin");
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        ResponseEntity<String> zh = http.exchange("/events/rules", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zh.getBody()).contains("派遣规则", "园林绿化小事网格自办", "生态环境问题派区生态环境局", "id=\"new-rule\"",
                "hx-post").doesNotContain("??");
        ResponseEntity<String> en = http.exchange("/events/rules?lang=en", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(en.getBody()).contains("Dispatch rules", "County department").doesNotContain("??");

        HttpHeaders dispatcher = tokens.as("pw.dispatcher");
        dispatcher.setAccept(List.of(MediaType.TEXT_HTML));
        String readOnly = http.exchange("/events/rules", HttpMethod.GET, new HttpEntity<>(dispatcher), String.class)
                .getBody();
        assertThat(readOnly).contains("园林绿化小事网格自办").doesNotContain("id=\"new-rule\"", "生态环境问题派区生态环境局");
    }

    @Test
    void thePageAddsAndDeactivatesRulesInsideTheScopeOnly() {
        String name = "页面规则 " + UUID.randomUUID();
        ResponseEntity<String> refused = form("wj.admin", "/events/rules", "regionCode", "6201", "name", name,
                "level", "COUNTY");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("id=\"problem\"", "不在您的管辖范围内");

        ResponseEntity<String> added = form("wj.admin", "/events/rules", "regionCode", "320509104", "name", name,
                "categoryPrefix", "020203", "urgencies", "URGENT", "urgencies", "CRITICAL", "hourFrom", "22",
                "hourTo", "6", "level", "TOWNSHIP", "department", "320509104-yjgl", "priority", "");
        assertThat(added.getStatusCode().is3xxRedirection()).as("%s", added.getBody()).isTrue();
        JsonNode rule = get("wj.admin", "/api/events/dispatch-rules").getBody().findParents("name").stream()
                .filter(r -> r.path("name").asText().equals(name)).findFirst().orElseThrow();
        assertThat(rule.path("urgencies")).extracting(JsonNode::asText).containsExactlyInAnyOrder("URGENT", "CRITICAL");
        assertThat(rule.path("hourFrom").asInt()).isEqualTo(22);
        assertThat(rule.path("autoDispatch").asBoolean()).isFalse();
        long id = rule.path("id").asLong();

        assertThat(form("gs.admin", "/events/rules/" + id + "/deactivate").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(form("wj.dispatcher", "/events/rules/" + id + "/deactivate").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("wj.admin", "/api/events/dispatch-rules/" + id).getBody().path("active").asBoolean()).isTrue();
        assertThat(form("wj.admin", "/events/rules/" + id + "/deactivate").getStatusCode().is3xxRedirection())
                .isTrue();
        assertThat(get("wj.admin", "/api/events/dispatch-rules/" + id).getBody().path("active").asBoolean())
                .isFalse();
    }

    /** Posts a form as {@code username}: name, value, name, value … */
    private ResponseEntity<String> form(String username, String path, String... fields) {
        HttpHeaders headers = tokens.as(username);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.add(fields[i], fields[i + 1]);
        }
        // a client of its own that shows the redirect instead of following it, and 4xx as answers
        RestTemplate noRedirects = new RestTemplate(new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()));
        noRedirects.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(ClientHttpResponse response) {
                return false;
            }
        });
        return noRedirects.exchange(http.getRootUri() + path, HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private JsonNode preview(String category, String at, String instant) {
        return get("pw.dispatcher", "/api/events/dispatch-rules/preview?category=" + category + at + "&at=" + instant)
                .getBody();
    }

    private JsonNode preview(String category, String grid, String at, String instant) {
        JsonNode answer = preview(category, at, instant);
        assertThat(answer.path("gridCode").asText()).isEqualTo(grid);
        return answer;
    }

    private JsonNode report(String username, String category, String urgency, double lat, double lng) {
        return api.report(username, category, urgency, lat, lng);
    }

    private JsonNode act(String username, long id, Map<String, Object> body, HttpStatus expected) {
        return api.act(username, id, body, expected);
    }

    private ResponseEntity<JsonNode> get(String username, String path) {
        return api.get(username, path);
    }

    private ResponseEntity<JsonNode> send(String username, HttpMethod method, String path, Object body) {
        return api.send(username, method, path, body);
    }

    private static JsonNode json(String text) {
        return EventHttp.json(text);
    }
}
