package org.shuzhi.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The catalog pages over HTTP: search with facets, an entry, the cataloguing form and its workflow buttons, in
 * Chinese and English without a missing message; refusals shown on the page; another jurisdiction's entry not found.
 */
@IntegrationTest
class CatalogPagesTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchAndEntryPagesSpeakBothLanguagesAndShowThePublishedCatalogBelow() {
        long population = id("320509-ga-0001");
        for (String language : List.of("zh-CN", "en")) {
            String search = page("pw.dispatcher", "/catalog?q=人口", language).getBody();
            assertThat(search).contains("实有人口基本信息", "data-facet=\"grade\"").doesNotContain("??");
            String entry = page("pw.dispatcher", "/catalog/" + population, language).getBody();
            assertThat(entry).contains("公民身份号码", "id_number").doesNotContain("??", "step-REVISE");
        }
        assertThat(page("pw.dispatcher", "/catalog", "en").getBody()).contains("Sharing type", "Unconditional");
        assertThat(page("wj.cg.admin", "/catalog?q=违法建设", "zh-CN").getBody())
                .as("the provider's own submitted entry").contains("违法建设巡查台账", "待审核");
        assertThat(page("pw.dispatcher", "/catalog?q=违法建设", "zh-CN").getBody())
                .as("not published: not for others").doesNotContain("违法建设巡查台账");
        assertThat(page("lz.dispatcher", "/catalog/" + population, "zh-CN").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFormCataloguesAndTheButtonsTakeTheEntryToPublication() {
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8);
        MultiValueMap<String, String> form = form(code);
        form.set("legalBasis", "");
        ResponseEntity<String> refused = post("wj.cg.admin", "/catalog/new", form);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("sharing.legalBasis", "须写明依据");
        assertThat(refused.getBody()).as("what was typed stays").contains("建筑垃圾消纳场所");

        ResponseEntity<String> created = post("wj.cg.admin", "/catalog/new", form(code));
        // the client follows the redirect to the new entry's page
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(created.getBody()).as(problemOf(created.getBody())).contains("entry-name", "建筑垃圾消纳场所", "编目中");
        long id = id(code);
        String draft = page("wj.cg.admin", "/catalog/" + id, "zh-CN").getBody();
        assertThat(draft).contains("编目中", "step-ATTACH", "step-WITHDRAW").doesNotContain("step-SUBMIT");

        MultiValueMap<String, String> early = new LinkedMultiValueMap<>();
        early.add("action", "SUBMIT");
        ResponseEntity<String> refusedStep = post("wj.cg.admin", "/catalog/" + id + "/steps", early);
        assertThat(refusedStep.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refusedStep.getBody()).as("refusal shown on the page").contains("不能执行", "entry-state");
        MultiValueMap<String, String> attach = new LinkedMultiValueMap<>();
        attach.add("action", "ATTACH");
        attach.add("resourceKind", "DATASET");
        attach.add("resourceRef", "wj_cg_waste_sites");
        post("wj.cg.admin", "/catalog/" + id + "/steps", attach);
        step("wj.cg.admin", id, "SUBMIT");
        String review = page("wj.reviewer", "/catalog/" + id, "zh-CN").getBody();
        assertThat(review).contains("step-APPROVE", "step-REJECT").doesNotContain("step-ATTACH");
        step("wj.reviewer", id, "APPROVE");
        step("wj.reviewer", id, "PUBLISH");
        assertThat(page("pw.dispatcher", "/catalog/" + id, "zh-CN").getBody()).contains("已发布 v1", "建筑垃圾消纳场所");
        assertThat(page("wj.reviewer", "/catalog/new", "zh-CN").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private MultiValueMap<String, String> form(String code) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", code);
        form.add("name", "建筑垃圾消纳场所");
        form.add("classCode", "02");
        form.add("itemCode", "020");
        form.add("summary", "经核准的建筑垃圾消纳场所及其容量");
        form.add("providerDepartment", "320509-cg");
        form.add("format", "DATABASE");
        form.add("updateCycle", "MONTHLY");
        form.add("sharingType", "CONDITIONAL");
        form.add("method", "API");
        form.add("condition", "用于执法");
        form.add("legalBasis", "《城市建筑垃圾管理规定》");
        form.add("openType", "NOT_OPEN");
        for (String[] item : new String[][] {{"场所名称", "site_name", "PLAIN"}, {"负责人电话", "phone", "MOBILE"},
                {"", "", "PLAIN"}}) {
            form.add("itemName", item[0]);
            form.add("itemColumn", item[1]);
            form.add("itemType", "TEXT");
            form.add("itemFieldType", item[2]);
            form.add("itemRequired", "true");
            form.add("itemKey", "false");
        }
        return form;
    }

    private static String problemOf(String page) {
        int at = page == null ? -1 : page.indexOf("id=\"problem\"");
        return at < 0 ? "no problem shown" : page.substring(at, Math.min(page.length(), at + 300));
    }

    private void step(String user, long id, String action) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("action", action);
        ResponseEntity<String> answer = post(user, "/catalog/" + id + "/steps", body);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("entry-state");
    }

    private long id(String code) {
        return jdbc.sql("select id from catalog.entry where code = :c").param("c", code).query(Long.class).single();
    }

    private ResponseEntity<String> page(String user, String path, String language) {
        HttpHeaders headers = tokens.as(user);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> post(String user, String path, MultiValueMap<String, String> form) {
        HttpHeaders headers = tokens.as(user);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
