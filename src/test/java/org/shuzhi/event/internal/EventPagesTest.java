package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.grid.Grids;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The event pages over HTTP as a browser asks for them: every page in Chinese and English without a missing
 * message, the work pages only for those who do that work (403 page), another jurisdiction's event not found (404
 * page), personal data masked as the API masks it, an htmx action answered with the event's row, and departments
 * named where the reader's scope has them.
 */
@IntegrationTest
class EventPagesTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoTokens tokens;
    @Autowired
    Grids grids;
    @Autowired
    Authenticator authenticator;
    @Autowired
    AccountAdministration accounts;

    PageFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PageFixture(http, tokens, grids);
    }

    @Test
    void everyPageSpeaksChineseAndEnglishWithoutAMissingMessage() {
        long id = fixture.report("页面语言测试");
        List<List<String>> pages = List.of(List.of("xt.inspector", "/inspector", "网格员", "Inspector"),
                List.of("pw.dispatcher", "/events/queue", "调度台", "Dispatch queue"),
                List.of("pw.cg.handler", "/events/tasks", "待办", "My tasks"),
                List.of("pw.dispatcher", "/events", "事件中心", "Event centre"),
                List.of("pw.dispatcher", "/events?state=REPORTED&source=GRID_PATROL&category=04&from=2020-01-01&to=2099-12-31",
                        "页面语言测试", "页面语言测试"),
                List.of("pw.dispatcher", "/events/" + id, "页面语言测试", "Timeline"),
                List.of("pw.dispatcher", "/events?from=yesterday", "日期 yesterday 无效", "is not valid"));
        for (List<String> page : pages) {
            ResponseEntity<String> zh = fixture.page(page.get(0), page.get(1), "zh-CN");
            assertThat(zh.getStatusCode().value()).as(page.get(1)).isEqualTo(200);
            assertThat(zh.getBody()).as(page.get(1)).contains(page.get(2)).doesNotContain("??");
            ResponseEntity<String> en = fixture.page(page.get(0), page.get(1), "en");
            assertThat(en.getStatusCode().value()).as(page.get(1)).isEqualTo(200);
            assertThat(en.getBody()).as(page.get(1)).contains(page.get(3)).doesNotContain("??", "调度台");
        }
    }

    @Test
    void theQueueListsWaitingEventsOldestFirstAndTheNavigationFollowsThePermissions() {
        long older = fixture.report("调度台排序较早");
        long newer = fixture.report("调度台排序较晚");
        String queue = fixture.page("pw.dispatcher", "/events/queue", "zh-CN").getBody();
        assertThat(queue).contains("id=\"event-" + older + "\"", "id=\"event-" + newer + "\"", "立案", "不予立案", "合并");
        assertThat(queue.indexOf("id=\"event-" + older + "\"")).isLessThan(queue.indexOf("id=\"event-" + newer + "\""));
        assertThat(queue).contains("id=\"nav-queue\"", "id=\"nav-statistics\"", "id=\"nav-rules\"")
                .doesNotContain("id=\"nav-tasks\"");
        // the dispatch form offers the departments of the dispatcher's jurisdiction by name, none from elsewhere
        assertThat(queue).contains("list=\"dispatch-departments\"", "<datalist id=\"dispatch-departments\">",
                "<option value=\"320509104-cg\">平望镇综合行政执法局</option>").doesNotContain("value=\"6201-cg\"");

        String inspector = fixture.page("xt.inspector", "/inspector", "zh-CN").getBody();
        assertThat(inspector).contains("id=\"nav-inspector\"", "id=\"nav-events\"", "id=\"nav-statistics\"")
                .doesNotContain("id=\"nav-queue\"", "id=\"nav-rules\"")
                .contains("capture=\"environment\"", "accept=\"image/*\"", GRIDS_ATTRIBUTE)
                .contains("id=\"event-" + older + "\"");
    }

    @Test
    void aHandlerCannotSeeTheQueueNorAnInspectorTheTasks() {
        ResponseEntity<String> handler = fixture.page("pw.cg.handler", "/events/queue", "zh-CN");
        assertThat(handler.getStatusCode().value()).isEqualTo(403);
        assertThat(handler.getBody()).contains("出错了", "403").doesNotContain("调度台排序");
        assertThat(fixture.page("xt.inspector", "/events/tasks", "zh-CN").getStatusCode().value()).isEqualTo(403);
        assertThat(fixture.page("pw.cg.handler", "/inspector", "zh-CN").getStatusCode().value()).isEqualTo(200);
        assertThat(fixture.page("wj.analyst", "/inspector", "zh-CN").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anInspectorOfLanzhouCannotOpenAnEventOfWujiang() {
        long id = fixture.report("兰州不可见");
        String lanzhou = PageFixture.lanzhouInspector(authenticator, accounts);
        ResponseEntity<String> detail = fixture.page(lanzhou, "/events/" + id, "zh-CN");
        assertThat(detail.getStatusCode().value()).isEqualTo(404);
        assertThat(detail.getBody()).contains("事件 " + id + " 不存在").doesNotContain("兰州不可见");
        assertThat(fixture.page(lanzhou, "/events", "zh-CN").getBody()).doesNotContain("兰州不可见");
        assertThat(fixture.page(lanzhou, "/inspector", "zh-CN").getBody()).doesNotContain("兰州不可见");
        assertThat(fixture.page("pw.dispatcher", "/events/" + id, "zh-CN").getBody()).contains("兰州不可见");
        assertThat(act(lanzhou, id, "ACCEPT", "queue").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void personalFieldsAreMaskedForThoseWhoMayNotSeeThem() {
        long id = fixture.report("电话掩码");
        // free text is sensitive personal information: the township's administrator may see it in clear
        assertThat(fixture.page("pw.admin", "/events/" + id, "zh-CN").getBody()).contains("13912345678");
        // the dispatcher and an analyst read the event with the number masked, as the API gives it
        for (String username : List.of("pw.dispatcher", "wj.analyst")) {
            assertThat(fixture.page(username, "/events/" + id, "zh-CN").getBody()).as(username)
                    .contains("电话掩码", "139****5678").doesNotContain("13912345678");
        }
    }

    @Test
    void anHtmxActionAnswersWithTheRowAndARefusalInsideIt() {
        long id = fixture.report("htmx 立案");
        ResponseEntity<String> accepted = act("pw.dispatcher", id, "ACCEPT", "queue");
        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat(accepted.getBody()).startsWith("<article").contains("data-state=\"ACCEPTED\"", "派遣")
                .doesNotContain("<html");
        ResponseEntity<String> again = act("pw.dispatcher", id, "ACCEPT", "queue");
        assertThat(again.getBody()).contains("class=\"problem\"", "不能执行 ACCEPT");
        assertThat(act("xt.inspector", id, "DISPATCH", "queue").getBody()).contains("class=\"problem\"", "EVENT_DISPATCH");
    }

    @Test
    void departmentsAreShownByNameWithTheirCodeInsideTheScope() {
        long id = fixture.report("部门名称显示");
        dispatch("pw.dispatcher", id, "TOWNSHIP", "320509104-cg");
        String tasks = fixture.page("pw.cg.handler", "/events/tasks", "zh-CN").getBody();
        String row = tasks.substring(tasks.indexOf("id=\"event-" + id + "\""));
        assertThat(row.substring(0, row.indexOf("</article>")))
                .contains("title=\"320509104-cg\"", ">平望镇综合行政执法局<");
        String detail = fixture.page("pw.dispatcher", "/events/" + id, "zh-CN").getBody();
        assertThat(detail).contains("平望镇综合行政执法局", "<code>320509104-cg</code>",
                "平望镇综合行政执法局 (320509104-cg)");

        // the county's bureau is outside 平望镇's scope: its code stands alone there, its name in 吴江区
        long county = fixture.report("区级部门名称");
        dispatch("wj.dispatcher", county, "COUNTY", "320509-cg");
        assertThat(fixture.page("pw.dispatcher", "/events/" + county, "zh-CN").getBody())
                .contains("<code>320509-cg</code>").doesNotContain("吴江区城市管理局");
        assertThat(fixture.page("wj.dispatcher", "/events/" + county, "en").getBody())
                .contains("吴江区城市管理局", "<code>320509-cg</code>").doesNotContain("??");

        assertThat(fixture.page("wj.admin", "/events/rules", "zh-CN").getBody())
                .contains("苏州市吴江生态环境局", "<code>320509-sthj</code>");
    }

    /** Accepts and dispatches an event to {@code level} and {@code department} over the REST API. */
    private void dispatch(String username, long id, String level, String department) {
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("action", "ACCEPT"), Map.of("action",
                "DISPATCH", "level", level, "department", department, "reason", "指定部门"))) {
            HttpHeaders headers = tokens.as(username);
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> answer = http.exchange("/api/events/" + id + "/transitions", HttpMethod.POST,
                    new HttpEntity<>(body, headers), String.class);
            assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        }
    }

    private static final String GRIDS_ATTRIBUTE = "data-grids=\"" + PageFixture.GRID + "\"";

    private ResponseEntity<String> act(String username, long id, String action, String view) {
        HttpHeaders headers = tokens.as(username);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("HX-Request", "true");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", action);
        form.add("view", view);
        return http.exchange("/events/" + id + "/actions", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
