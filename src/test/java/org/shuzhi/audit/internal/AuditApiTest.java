package org.shuzhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditQuery;
import org.shuzhi.audit.AuditRecord;
import org.shuzhi.platform.DataScope;
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
 * {@code /api/audit/**} over real HTTP with real bearer tokens: scope per caller, filters and paging, 400 and 403
 * problems, the CSV export and its own audit record, and verification naming a record edited in the database.
 */
@IntegrationTest
class AuditApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AuditFixture fixture;
    @Autowired
    AuditLog audit;
    @Autowired
    ObjectMapper json;

    String prefix;

    @BeforeEach
    void ownActions() {
        prefix = "api" + System.nanoTime() + ".";
    }

    @Test
    void aCountyAuditorSeesItsCountyAndTownshipsButNotGansuNorUnknownActors() {
        Map<String, Long> seq = writeAcrossScopes();
        assertThat(seqs(records("wj.admin", "action=" + prefix)))
                .containsExactlyInAnyOrder(seq.get("wj"), seq.get("pw"), seq.get("wj-cg"));
        assertThat(seqs(records("gs.admin", "action=" + prefix))).containsExactly(seq.get("gs"));
        assertThat(seqs(records("js.admin", "action=" + prefix))).as("province sees all of Jiangsu")
                .containsExactlyInAnyOrder(seq.get("wj"), seq.get("pw"), seq.get("wj-cg"));
    }

    @Test
    void aDepartmentNarrowedAuditorSeesOnlyTheirDepartmentsLabel() {
        Map<String, Long> seq = writeAcrossScopes();
        JsonNode page = records(AuditFixture.DEPARTMENT_AUDITOR, "action=" + prefix);
        assertThat(seqs(page)).containsExactly(seq.get("wj-cg"));
        assertThat(page.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void filtersAndPagesComeBackWithTheTotal() {
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(0, fixture.record("pager.user", "320509", prefix + "page", i == 2 ? Outcome.DENIED
                    : Outcome.SUCCESS));
        }
        JsonNode first = records("wj.admin", "action=" + prefix + "&limit=2");
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(seqs(first)).containsExactlyElementsOf(written.subList(0, 2));
        assertThat(first.get("newer").isNull()).isTrue();
        JsonNode second = records("wj.admin", "action=" + prefix + "&limit=2&before=" + first.get("older").asLong());
        assertThat(seqs(second)).containsExactlyElementsOf(written.subList(2, 4));
        JsonNode back = records("wj.admin", "action=" + prefix + "&limit=2&after=" + second.get("newer").asLong());
        assertThat(seqs(back)).containsExactlyElementsOf(written.subList(0, 2));

        JsonNode denied = records("wj.admin", "action=" + prefix + "&outcome=denied&actor=pager.user");
        assertThat(seqs(denied)).containsExactly(written.get(2));
        JsonNode record = denied.get("records").get(0);
        assertThat(record.get("action").asText()).isEqualTo(prefix + "page");
        assertThat(record.get("actorScope").asText()).isEqualTo("320509");
        assertThat(record.get("recordedAt").asText()).endsWith("Z");
        assertThat(seqs(records("wj.admin", "action=" + prefix + "&from=2000-01-01&to=2000-01-01"))).isEmpty();
    }

    @Test
    void badFiltersAreA400ProblemNamingTheParameter() {
        ResponseEntity<String> response = get("/api/audit/records?from=yesterday", "wj.admin", "en");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        JsonNode problem = parse(response);
        assertThat(problem.get("code").asText()).isEqualTo("audit.query.time");
        assertThat(problem.get("parameter").asText()).isEqualTo("from");
        assertThat(problem.get("detail").asText()).contains("Parameter from is not a time: yesterday");

        assertThat(parse(get("/api/audit/records?outcome=MAYBE", "wj.admin", "zh-CN")).get("detail").asText())
                .isEqualTo("结果只能是 SUCCESS、FAILURE 或 DENIED：MAYBE");
        assertThat(parse(get("/api/audit/records?limit=500", "wj.admin", "en")).get("code").asText())
                .isEqualTo("audit.query.limit");
        assertThat(parse(get("/api/audit/records?before=1&after=2", "wj.admin", "en")).get("code").asText())
                .isEqualTo("audit.query.cursors");
        assertThat(parse(get("/api/audit/records.csv?to=2026-13-01", "wj.admin", "en")).get("code").asText())
                .isEqualTo("audit.query.time");
    }

    @Test
    void withoutThePermissionEachEndpointIsA403Problem() {
        for (String path : List.of("/api/audit/records", "/api/audit/records.csv", "/api/audit/verification")) {
            ResponseEntity<String> response = get(path, "wj.dispatcher", "en");
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
            assertThat(parse(response).get("code").asText()).startsWith("audit.forbidden.");
        }
        assertThat(get("/api/audit/verification", AuditFixture.DEPARTMENT_AUDITOR, "en").getStatusCode())
                .as("reading does not imply verifying").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theCsvExportHoldsTheScopedMatchesAndIsItselfAudited() {
        Map<String, Long> seq = writeAcrossScopes();
        ResponseEntity<String> csv = get("/api/audit/records.csv?action=" + prefix, "wj.admin", "en");
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("audit-records-").endsWith(".csv");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + AuditCsv.HEADER);
        assertThat(lines.subList(1, lines.size())).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains(prefix))
                .anySatisfy(line -> assertThat(line).startsWith(seq.get("wj-cg") + ",")
                        .contains(",320509/320509-cg,").contains("+08:00,"));

        List<AuditRecord> exports = audit.search(new AuditQuery(null, null, "wj.admin", "audit.export", null, null,
                null, null, null, 200), DataScope.all()).records();
        assertThat(exports).anySatisfy(r -> {
            assertThat(r.actorScope()).isEqualTo("320509");
            assertThat(r.target()).isEqualTo("audit:records");
            assertThat(r.details()).contains("\"action\":\"" + prefix + "\"");
            assertThat(r.requestId()).isEqualTo(csv.getHeaders().getFirst("X-Request-Id"));
        });
    }

    @Test
    void verificationNamesARecordEditedInTheDatabaseInTheCallersLanguage() {
        JsonNode intact = parse(get("/api/audit/verification", "wj.admin", "en"));
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("checked").asLong()).isPositive();
        assertThat(intact.get("firstBroken").isNull()).isTrue();

        long victim = fixture.record("victim", "320509", prefix + "victim", Outcome.SUCCESS);
        fixture.record("after.victim", "320509", prefix + "after", Outcome.SUCCESS);
        audit.anchor();
        fixture.overwriteActor(victim, "someone-else");
        try {
            JsonNode en = parse(get("/api/audit/verification", "wj.admin", "en"));
            assertThat(en.get("intact").asBoolean()).isFalse();
            assertThat(en.get("firstBroken").asLong()).isEqualTo(victim);
            assertThat(en.get("breach").asText()).isEqualTo("altered");
            assertThat(en.get("reason").asText()).isEqualTo("record " + victim + " was altered (content hash mismatch)");
            assertThat(en.get("lastAnchor").get("seq").asLong()).isGreaterThan(victim);
            JsonNode zh = parse(get("/api/audit/verification", "js.admin", "zh-CN"));
            assertThat(zh.get("reason").asText()).isEqualTo("第 " + victim + " 条记录被修改（内容哈希不符）");
        } finally {
            fixture.overwriteActor(victim, "victim");
        }
        assertThat(parse(get("/api/audit/verification", "wj.admin", "en")).get("intact").asBoolean()).isTrue();
    }

    @Test
    void theApiDescriptionListsTheFiltersAsQueryParameters() {
        JsonNode docs = parse(http.getForEntity("/v3/api-docs", String.class));
        JsonNode search = docs.get("paths").get("/api/audit/records").get("get");
        List<String> parameters = new ArrayList<>();
        search.get("parameters").forEach(p -> parameters.add(p.get("in").asText() + ":" + p.get("name").asText()));
        assertThat(parameters).contains("query:from", "query:to", "query:actor", "query:action", "query:target",
                "query:outcome", "query:requestId", "query:before", "query:after", "query:limit");
        assertThat(docs.get("paths").has("/api/audit/records.csv")).isTrue();
        assertThat(docs.get("paths").has("/api/audit/verification")).isTrue();
    }

    /** One record per scope label under this test's prefix: wj, pw, wj-cg, gs and an unknown actor. */
    private Map<String, Long> writeAcrossScopes() {
        return Map.of(
                "wj", fixture.record("wj.someone", "320509", prefix + "scope", Outcome.SUCCESS),
                "pw", fixture.record("pw.someone", "320509104", prefix + "scope", Outcome.SUCCESS),
                "wj-cg", fixture.record("wj.cg.someone", "320509/320509-cg", prefix + "scope", Outcome.SUCCESS),
                "gs", fixture.record("gs.someone", "62", prefix + "scope", Outcome.SUCCESS),
                "unknown", fixture.record("no.such.user", null, prefix + "scope", Outcome.FAILURE));
    }

    private JsonNode records(String username, String query) {
        ResponseEntity<String> response = get("/api/audit/records?" + query, username, "en");
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return parse(response);
    }

    private ResponseEntity<String> get(String path, String username, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(fixture.token(username));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private JsonNode parse(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(response.getBody(), e);
        }
    }

    private static List<Long> seqs(JsonNode page) {
        List<Long> seqs = new ArrayList<>();
        page.get("records").forEach(r -> seqs.add(r.get("seq").asLong()));
        return seqs;
    }
}
