package org.shuzhi.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog workflow over HTTP with the demo accounts: 吴江城管's data admin catalogues, attaches and submits; the
 * district's data authority reviews and publishes; consumers below and above see the published version, a sibling
 * jurisdiction sees nothing; revisions leave the published version in place until they are published in turn.
 */
@IntegrationTest
class CatalogWorkflowTest {

    static final String PROVIDER = "wj.cg.admin";
    static final String REVIEWER = "wj.reviewer";

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void catalogueAttachReviewPublishReviseWithdraw() {
        String code = code();
        ResponseEntity<JsonNode> created = send(PROVIDER, HttpMethod.POST, "/api/catalog/entries",
                draft(code, "违法建设巡查台账", "CONDITIONAL"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode entry = created.getBody();
        long id = entry.path("id").asLong();
        assertThat(entry.path("state").asText()).isEqualTo("DRAFT");
        assertThat(entry.path("regionCode").asText()).as("the region follows the provider").isEqualTo("320509");
        assertThat(entry.path("grade").asText()).as("就高从严: an ID number item makes it important")
                .isEqualTo("IMPORTANT");
        assertThat(entry.path("items").get(1).path("personalInfo").asText()).isEqualTo("SENSITIVE");

        assertThat(step(PROVIDER, id, Map.of("action", "SUBMIT")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(step(PROVIDER, id, Map.of("action", "SUBMIT")).getBody().path("detail").asText()).contains("DRAFT");
        assertThat(step(PROVIDER, id, Map.of("action", "ATTACH")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(state(step(PROVIDER, id, Map.of("action", "ATTACH",
                "resource", Map.of("kind", "DATASET", "reference", "wj_cg_illegal_buildings"))))).isEqualTo("ATTACHED");
        assertThat(state(step(PROVIDER, id, Map.of("action", "SUBMIT")))).isEqualTo("SUBMITTED");
        assertThat(step(PROVIDER, id, Map.of("action", "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(state(step(REVIEWER, id, Map.of("action", "APPROVE")))).isEqualTo("APPROVED");

        assertThat(get("pw.dispatcher", "/api/catalog/entries/" + id).getStatusCode())
                .as("not published yet: the township sees nothing").isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode published = step(REVIEWER, id, Map.of("action", "PUBLISH")).getBody();
        assertThat(published.path("state").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("publishedVersion").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'catalog.publish' and target = :t")
                .param("t", "catalog:" + code).query(Long.class).single()).isEqualTo(1);

        // below the provider (township), beside it in the same district (民政 admin) and above it (city): published
        for (String consumer : List.of("pw.dispatcher", "wj.mz.admin", "sz.analyst")) {
            ResponseEntity<JsonNode> seen = get(consumer, "/api/catalog/entries/" + id);
            assertThat(seen.getStatusCode()).as(consumer).isEqualTo(HttpStatus.OK);
            assertThat(seen.getBody().path("name").asText()).isEqualTo("违法建设巡查台账");
        }
        assertThat(get("lz.dispatcher", "/api/catalog/entries/" + id).getStatusCode())
                .as("another province's caller").isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(state(step(PROVIDER, id, Map.of("action", "REVISE")))).isEqualTo("DRAFT");
        JsonNode working = get(PROVIDER, "/api/catalog/entries/" + id).getBody();
        assertThat(working.path("version").asInt()).isEqualTo(2);
        ResponseEntity<JsonNode> edited = send(PROVIDER, HttpMethod.PUT, "/api/catalog/entries/" + id,
                Map.of("entry", draft(code, "违法建设巡查台账（第二版）", "CONDITIONAL"),
                        "rowVersion", working.path("rowVersion").asInt()));
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(send(PROVIDER, HttpMethod.PUT, "/api/catalog/entries/" + id,
                Map.of("entry", draft(code, "过时的修改", "CONDITIONAL"), "rowVersion", working.path("rowVersion").asInt()))
                .getStatusCode()).as("an edit from a stale row version").isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("pw.dispatcher", "/api/catalog/entries/" + id).getBody().path("name").asText())
                .as("consumers keep the published version meanwhile").isEqualTo("违法建设巡查台账");

        step(PROVIDER, id, Map.of("action", "ATTACH", "resource", Map.of("kind", "API", "reference", "/api/x")));
        step(PROVIDER, id, Map.of("action", "SUBMIT"));
        assertThat(step(REVIEWER, id, Map.of("action", "REJECT")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(state(step(REVIEWER, id, Map.of("action", "REJECT", "reason", "缺少法律依据文号")))).isEqualTo("REJECTED");
        step(PROVIDER, id, Map.of("action", "ATTACH", "resource", Map.of("kind", "API", "reference", "/api/x")));
        step(PROVIDER, id, Map.of("action", "SUBMIT"));
        step(REVIEWER, id, Map.of("action", "APPROVE"));
        step(REVIEWER, id, Map.of("action", "PUBLISH"));
        assertThat(get("pw.dispatcher", "/api/catalog/entries/" + id).getBody().path("name").asText())
                .isEqualTo("违法建设巡查台账（第二版）");
        assertThat(get("pw.dispatcher", "/api/catalog/entries/" + id + "/versions").getBody().toString())
                .isEqualTo("[2,1]");
        assertThat(get("pw.dispatcher", "/api/catalog/entries/" + id + "/versions/1").getBody().path("name").asText())
                .isEqualTo("违法建设巡查台账");

        List<String> actions = new ArrayList<>();
        get(PROVIDER, "/api/catalog/entries/" + id + "/steps").getBody()
                .forEach(s -> actions.add(s.path("action").asText()));
        assertThat(actions).containsExactly("CREATE", "ATTACH", "SUBMIT", "APPROVE", "PUBLISH", "REVISE", "ATTACH",
                "SUBMIT", "REJECT", "ATTACH", "SUBMIT", "APPROVE", "PUBLISH");
        assertThat(get("pw.dispatcher", "/api/catalog/entries/" + id + "/steps").getStatusCode())
                .as("the history is the provider's").isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(step(PROVIDER, id, Map.of("action", "WITHDRAW")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(state(step(PROVIDER, id, Map.of("action", "WITHDRAW", "reason", "数据已并入基础库")))).isEqualTo("WITHDRAWN");
        assertThat(get("pw.dispatcher", "/api/catalog/entries/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badDraftsAreRefusedNamingTheFieldAndWriteNothing() {
        String code = code();
        Map<String, Object> noBasis = draft(code, "名称", "NOT_SHARED");
        ((Map<String, Object>) noBasis.get("sharing")).remove("legalBasis");
        assertRefused(noBasis, "sharing.legalBasis");
        Map<String, Object> foreign = draft(code, "名称", "CONDITIONAL");
        foreign.put("providerDepartment", "6201-cg");
        assertRefused(foreign, "providerDepartment");
        Map<String, Object> badRule = draft(code, "名称", "CONDITIONAL");
        badRule.put("items", List.of(item("证件号码", "id_number", "RESIDENT_ID", "keep:x")));
        assertRefused(badRule, "items[0].maskingRule");
        Map<String, Object> twins = draft(code, "名称", "CONDITIONAL");
        twins.put("items", List.of(item("甲", "a", "PLAIN", null), item("乙", "a", "PLAIN", null)));
        assertRefused(twins, "items[1].column");
        assertThat(jdbc.sql("select count(*) from catalog.entry where code = :c").param("c", code).query(Long.class)
                .single()).isZero();

        assertThat(send(PROVIDER, HttpMethod.POST, "/api/catalog/entries", draft(code, "名称", "CONDITIONAL"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(send(PROVIDER, HttpMethod.POST, "/api/catalog/entries", draft(code, "名称", "CONDITIONAL"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(send("wj.reviewer", HttpMethod.POST, "/api/catalog/entries", draft(code(), "名称", "CONDITIONAL"))
                .getStatusCode()).as("a reviewer does not catalogue").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void searchFindsChineseWordsWithFacetsInsideTheScopeOnly() {
        String code = code();
        long id = send(PROVIDER, HttpMethod.POST, "/api/catalog/entries", draft(code, "流动人口居住登记信息",
                "UNCONDITIONAL")).getBody().path("id").asLong();
        JsonNode page = get(PROVIDER, "/api/catalog/entries?q=人口登记").getBody();
        assertThat(ids(page)).contains(id);
        assertThat(page.path("facets").path("sharingType").path("UNCONDITIONAL").asLong()).isPositive();
        assertThat(ids(get(PROVIDER, "/api/catalog/entries?q=企业信用").getBody())).doesNotContain(id);
        assertThat(ids(get(PROVIDER, "/api/catalog/entries?q=人口&sharingType=CONDITIONAL").getBody()))
                .doesNotContain(id);
        assertThat(ids(get("lz.dispatcher", "/api/catalog/entries?q=人口&region=320509").getBody()))
                .as("a region filter never widens the scope").doesNotContain(id);
        assertThat(ids(get("pw.dispatcher", "/api/catalog/entries?q=人口").getBody()))
                .as("a draft is the provider's alone").doesNotContain(id);
        assertThat(get(PROVIDER, "/api/catalog/entries?grade=SECRET").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("hits").forEach(hit -> ids.add(hit.path("id").asLong()));
        return ids;
    }

    private void assertRefused(Map<String, Object> draft, String field) {
        ResponseEntity<JsonNode> answer = send(PROVIDER, HttpMethod.POST, "/api/catalog/entries", draft);
        assertThat(answer.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("field").asText()).isEqualTo(field);
        assertThat(answer.getBody().path("detail").asText()).isNotBlank();
    }

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> draft(String code, String name, String sharingType) {
        Map<String, Object> sharing = new java.util.HashMap<>(Map.of("type", sharingType, "method", "API",
                "condition", "用于城市管理执法", "legalBasis", "《江苏省公共数据管理办法》第十九条"));
        Map<String, Object> draft = new java.util.HashMap<>();
        draft.put("code", code);
        draft.put("classification", Map.of("classCode", "03", "itemCode", "012", "categoryCode", "001"));
        draft.put("name", name);
        draft.put("summary", name + "：巡查发现的对象、地点、当事人及处置情况");
        draft.put("format", "DATABASE");
        draft.put("updateCycle", "DAILY");
        draft.put("providerDepartment", "320509-cg");
        draft.put("sharing", sharing);
        draft.put("openType", "NOT_OPEN");
        draft.put("items", List.of(item("当事人姓名", "party_name", "PERSON_NAME", null),
                item("公民身份号码", "id_number", "RESIDENT_ID", "keep:6:4"),
                item("地点", "place", "ADDRESS", null)));
        return draft;
    }

    static Map<String, Object> item(String name, String column, String fieldType, String rule) {
        Map<String, Object> item = new java.util.HashMap<>(Map.of("name", name, "column", column, "dataType", "TEXT",
                "fieldType", fieldType, "required", true));
        if (rule != null) {
            item.put("maskingRule", rule);
        }
        return item;
    }

    private static String state(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody().path("state").asText();
    }

    private ResponseEntity<JsonNode> step(String user, long id, Map<String, Object> body) {
        return send(user, HttpMethod.POST, "/api/catalog/entries/" + id + "/steps", body);
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(tokens.as(user)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, tokens.as(user)), JsonNode.class);
    }
}
