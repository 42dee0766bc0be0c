package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grids;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.DepartmentKind;
import org.shuzhi.identity.Departments;
import org.shuzhi.identity.LoginResult;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The department a dispatcher chooses, or a rule names, is checked before anything is written: it must exist inside
 * the caller's scope, belong to the event's region or one above it, and not stand above the level chosen — over
 * REST, on the 调度台 page, and for dispatch rules. A refused dispatch leaves the event as it was.
 */
@IntegrationTest
class DispatchDepartmentsTest {

    static final String GRID = "320509104001001";
    /** A department of 松陵街道, another township of 吴江区: not where the test events happen. */
    static final String ELSEWHERE = "t-320509001-cg";

    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoTokens tokens;
    @Autowired
    Grids grids;
    @Autowired
    EventHttp api;
    @Autowired
    Departments departments;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    Authenticator authenticator;

    @BeforeEach
    void aDepartmentInAnotherTownship() {
        synchronized (DispatchDepartmentsTest.class) {
            if (departments.find(ELSEWHERE, DataScope.all()).isEmpty()) {
                LoginResult admin = authenticator.login("wj.admin", PageFixture.PASSWORD, "127.0.0.1");
                accounts.createDepartment(((LoginResult.Success) admin).caller(), new Department(ELSEWHERE,
                        "松陵街道综合行政执法局（测试）", DepartmentKind.URBAN_MANAGEMENT, "320509001"));
            }
        }
    }

    @Test
    void aDepartmentThatCannotTakeTheEventIsRefusedAndNothingIsWritten() {
        long id = acceptedEvent();
        JsonNode before = event(id);

        refused("pw.dispatcher", id, "TOWNSHIP", "320509104-nowhere", "event.transition.unknown-department");
        refused("pw.dispatcher", id, "COUNTY", "320509-cg", "event.transition.unknown-department");
        refused("pw.dispatcher", id, null, "6201-cg", "event.transition.unknown-department");
        refused("wj.dispatcher", id, "TOWNSHIP", "320509-cg", "event.transition.department-above-level");
        refused("wj.dispatcher", id, "TOWNSHIP", ELSEWHERE, "event.transition.department-elsewhere");
        refused("wj.dispatcher", id, "COUNTY", ELSEWHERE, "event.transition.department-elsewhere");

        JsonNode after = event(id);
        assertThat(after.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(after.path("version").asInt()).isEqualTo(before.path("version").asInt());
        assertThat(after.path("assignedDepartment").isNull()).isTrue();
        assertThat(after.path("level").isNull()).isTrue();
        assertThat(api.get("pw.dispatcher", "/api/events/" + id + "/timeline").getBody())
                .extracting(s -> s.path("action").asText()).containsExactly("REPORT", "ACCEPT");

        JsonNode county = api.act("wj.dispatcher", id, Map.of("action", "DISPATCH", "level", "COUNTY",
                "department", "320509-cg", "reason", "区城管局处置"), HttpStatus.OK);
        assertThat(county.path("level").asText()).isEqualTo("COUNTY");
        assertThat(county.path("assignedDepartment").asText()).isEqualTo("320509-cg");
    }

    @Test
    void aDepartmentInsideTheLevelsRegionAboveTheEventIsAccepted() {
        long township = acceptedEvent();
        JsonNode dispatched = api.act("pw.dispatcher", township, Map.of("action", "DISPATCH", "level", "TOWNSHIP",
                "department", "320509104-cg", "reason", "镇综合执法局处置"), HttpStatus.OK);
        assertThat(dispatched.path("assignedDepartment").asText()).isEqualTo("320509104-cg");
        assertThat(dispatched.path("assignedRegionCode").asText()).isEqualTo("320509104");

        // the county answers for it, the township's team handles it: in the county level's subtree
        long county = acceptedEvent();
        assertThat(api.act("wj.dispatcher", county, Map.of("action", "DISPATCH", "level", "COUNTY",
                "department", "320509104-cg", "reason", "区级督办，镇执法局处置"), HttpStatus.OK)
                .path("assignedDepartment").asText()).isEqualTo("320509104-cg");
    }

    @Test
    void theRefusalSpeaksBothLanguages() {
        long id = acceptedEvent();
        for (String language : List.of("zh-CN", "en")) {
            HttpHeaders headers = tokens.as("wj.dispatcher");
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            ResponseEntity<JsonNode> answer = http.exchange("/api/events/" + id + "/transitions", HttpMethod.POST,
                    new HttpEntity<>(Map.of("action", "DISPATCH", "level", "TOWNSHIP", "department", "320509-cg",
                            "reason", "测试"), headers), JsonNode.class);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(answer.getBody().path("detail").asText()).as(language).contains("320509-cg", "TOWNSHIP")
                    .contains(language.equals("en") ? "above the handling level" : "高于所选处置层级");
        }
    }

    @Test
    void theDispatchPageShowsTheRefusalAndThenTheDepartmentsName() {
        long id = acceptedEvent();
        String refused = dispatchOnPage(id, "320509-cg");
        assertThat(refused).startsWith("<article").contains("class=\"problem\"", "320509-cg 不存在或不在您的管辖范围内");
        assertThat(event(id).path("state").asText()).isEqualTo("ACCEPTED");

        String dispatched = dispatchOnPage(id, "320509104-cg");
        assertThat(dispatched).contains("data-state=\"DISPATCHED\"", "title=\"320509104-cg\"", "平望镇综合行政执法局")
                .doesNotContain("class=\"problem\"");
    }

    @Test
    void aRulesDepartmentMustFitItsRegionAndLevel() {
        Map<String, Object> rule = new HashMap<>(Map.of("regionCode", "320509", "name", "部门校验 " + UUID.randomUUID(),
                "categoryPrefix", "050201", "level", "TOWNSHIP", "department", "320509104-cg"));
        // township-level events of a whole county: one township's team cannot see the others', the county's
        // bureau stands above the level — no single department fits
        assertRuleRefused(rule, "event.rule.department-elsewhere");
        rule.put("department", "320509-cg");
        assertRuleRefused(rule, "event.rule.department-above-level");
        rule.put("regionCode", "320509104");
        assertRuleRefused(rule, "event.rule.department-above-level");
        rule.put("department", ELSEWHERE);
        assertRuleRefused(rule, "event.rule.department-elsewhere");
        rule.put("department", "6201-cg");
        assertRuleRefused(rule, "event.rule.unknown-department");

        rule.put("level", "COUNTY");
        rule.put("department", "320509-sthj");
        ResponseEntity<JsonNode> created = api.send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", rule);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        // leave no rule behind that would route other tests' events
        assertThat(api.send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules/"
                + created.getBody().path("id").asLong() + "/deactivate", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void refused(String username, long id, String level, String department, String code) {
        Map<String, Object> body = new HashMap<>(Map.of("action", "DISPATCH", "department", department,
                "reason", "人工指定"));
        if (level != null) {
            body.put("level", level);
        }
        JsonNode problem = api.act(username, id, body, HttpStatus.BAD_REQUEST);
        assertThat(problem.path("field").asText()).as("%s %s", level, department).isEqualTo("department");
        assertThat(problem.path("code").asText()).as("%s %s", level, department).isEqualTo(code);
    }

    private void assertRuleRefused(Map<String, Object> rule, String code) {
        ResponseEntity<JsonNode> answer = api.send("wj.admin", HttpMethod.POST, "/api/events/dispatch-rules", rule);
        assertThat(answer.getStatusCode()).as("%s", rule).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("field").asText()).isEqualTo("department");
        assertThat(answer.getBody().path("code").asText()).as("%s", rule).isEqualTo(code);
    }

    /** An event in 西塘社区's first grid that no rule dispatches at once, accepted by the township. */
    private long acceptedEvent() {
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        long id = api.report("pw.dispatcher", "050203", "NORMAL", inside.getY(), inside.getX()).path("id").asLong();
        api.act("pw.dispatcher", id, Map.of("action", "ACCEPT"), HttpStatus.OK);
        return id;
    }

    private JsonNode event(long id) {
        return api.get("wj.dispatcher", "/api/events/" + id).getBody().path("event");
    }

    /** Dispatches on the 调度台 page as htmx does, to the township level and {@code department}; the row. */
    private String dispatchOnPage(long id, String department) {
        HttpHeaders headers = tokens.as("pw.dispatcher");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("HX-Request", "true");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", "DISPATCH");
        form.add("view", "queue");
        form.add("level", "TOWNSHIP");
        form.add("department", department);
        form.add("reason", "镇综合执法局处置");
        ResponseEntity<String> answer = http.exchange("/events/" + id + "/actions", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
