package org.shuzhi.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.MovableClock;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Around the calls: decision deadlines (reminder at half time, escalation when overdue, with the clock moved),
 * objections from consumer to provider, the statistics and the pages in both languages.
 */
@IntegrationTest
@Import(InMemoryDatasets.class)
class SharingWorkflowTest extends SharingHttp {

    @Autowired
    MovableClock clock;
    @Autowired
    DecisionDeadlines deadlines;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPendingApplicationIsRemindedAtHalfTimeAndEscalatedWhenOverdue() {
        JsonNode application = apply("pw.admin", POPULATION, List.of("name"), null);
        long id = application.path("id").asLong();
        Instant remindAt = Instant.parse(application.path("remindAt").asText());
        Instant dueAt = Instant.parse(application.path("dueAt").asText());
        assertThat(remindAt).isAfter(Instant.now()).isBefore(dueAt);

        deadlines.check();
        assertThat(actions(id)).containsExactly("SUBMIT");
        clock.advance(Duration.between(Instant.now(), remindAt).plusMinutes(1));
        deadlines.check();
        deadlines.check();
        clock.reset();
        assertThat(actions(id)).as("reminded once").containsExactly("SUBMIT", "REMIND");
        assertThat(escalated()).doesNotContain(id);

        clock.advance(Duration.between(Instant.now(), dueAt).plusMinutes(1));
        deadlines.check();
        clock.reset();
        assertThat(actions(id)).containsExactly("SUBMIT", "REMIND", "ESCALATE");
        assertThat(escalated()).as("in the data authority's view of overdue applications").contains(id);
        assertThat(get("pw.admin", "/api/sharing/applications/" + id).getBody().path("escalatedAt").isTextual()).isTrue();
    }

    @Test
    void anObjectionGoesToTheProviderAndIsResolvedWithAReasonOnce() {
        ResponseEntity<JsonNode> filed = post("wj.api", "/api/sharing/objections", Map.of("entryCode", ENTITIES,
                "rowKey", "91320509MA1XXXXX0A", "column", "domicile", "description", "住所已变更",
                "evidence", "变更登记通知书 吴市监变字〔2026〕12号"));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = filed.getBody().path("id").asLong();
        assertThat(filed.getBody().path("state").asText()).isEqualTo("OPEN");
        assertThat(post("wj.api", "/api/sharing/objections", Map.of("entryCode", ENTITIES, "rowKey", "x",
                "column", "no_such", "description", "?")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(get("wj.reviewer", "/api/sharing/objections?side=provider&state=OPEN").getBody().findValuesAsText("id"))
                .contains(Long.toString(id));
        assertThat(get("lz.dispatcher", "/api/sharing/objections/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String resolution = "/api/sharing/objections/" + id + "/resolution";
        assertThat(post("wj.api", resolution, Map.of("outcome", "ACCEPTED")).getStatusCode())
                .as("the consumer's side cannot resolve").isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
        assertThat(post("wj.reviewer", resolution, Map.of("outcome", "REJECTED")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode rejected = post("wj.reviewer", resolution, Map.of("outcome", "REJECTED", "reason", "登记机关数据为准"))
                .getBody();
        assertThat(rejected.path("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("reason").asText()).isEqualTo("登记机关数据为准");
        assertThat(post("wj.reviewer", resolution, Map.of("outcome", "CORRECTED")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void statisticsCountCallsByProviderConsumerAndResource() {
        long before = stats().path("calls").asLong();
        rows("wj.api", ENTITIES, "fields=uscc");
        rows("wj.api", DIBAO, null);
        JsonNode figures = stats();
        assertThat(figures.path("calls").asLong()).isEqualTo(before + 2);
        assertThat(figures.path("byResource").findValuesAsText("key")).contains(ENTITIES, DIBAO);
        assertThat(figures.path("byConsumer").findValuesAsText("key")).contains("320509-dsj");
        assertThat(figures.path("byProvider").findValuesAsText("key")).contains("320509-scjg");
        assertThat(figures.path("overTime").get(0).has("refused")).isTrue();
        assertThat(get("lz.dispatcher", "/api/sharing/statistics").getBody().path("byResource").findValuesAsText("key"))
                .doesNotContain(ENTITIES);
    }

    @Test
    void thePagesShowInChineseAndEnglishAndTheInboxDecidesByHtmx() {
        long id = apply("wj.cg.admin", POPULATION, List.of("name"), null).path("id").asLong();
        for (String lang : List.of("zh-CN", "en")) {
            for (String path : List.of("/sharing?lang=" + lang, "/sharing/statistics?lang=" + lang)) {
                ResponseEntity<String> page = page("wj.reviewer", path);
                assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
                assertThat(page.getBody()).as(path).doesNotContain("??");
            }
        }
        assertThat(page("wj.reviewer", "/sharing").getBody()).contains("id=\"application-" + id + "\"", "批准");
        assertThat(page("wj.reviewer", "/sharing?lang=en").getBody()).contains("To decide");

        HttpHeaders headers = tokens.as("wj.reviewer");
        headers.set("HX-Request", "true");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("outcome", "reject");
        String noReason = http.exchange("/sharing/applications/" + id + "/decision", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class).getBody();
        assertThat(noReason).contains("驳回须填写理由").contains("data-state=\"PENDING\"");
        form.add("reason", "用途与职责不符");
        String rejected = http.exchange("/sharing/applications/" + id + "/decision", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class).getBody();
        assertThat(rejected).contains("data-state=\"REJECTED\"").doesNotContain("<html");
        assertThat(get("wj.cg.admin", "/api/sharing/applications/" + id).getBody().path("reason").asText())
                .isEqualTo("用途与职责不符");
    }

    @Test
    void theRowsPageIsASharingCallMaskedInBothLanguagesAndRefusalsKeepTheirStatus() {
        String rows = "/sharing/entries/" + POPULATION + "/rows";
        long before = auditedCalls("wj.mz.admin", POPULATION);
        for (String lang : List.of("zh-CN", "en")) {
            // the demo grant of 民政: name, mobile and address of 平望镇's rows
            ResponseEntity<String> page = page("wj.mz.admin", rows + "?lang=" + lang);
            assertThat(page.getStatusCode()).as(lang).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(lang).doesNotContain("??").contains("139****1000", "139****1001", "居***")
                    .doesNotContain(InMemoryDatasets.mobile(0), "居民甲某", "139****1002");
            assertThat(personalNumbers(page.getBody())).as(lang).isEmpty();
        }
        // the grant does not give 公民身份号码: no search by it, and asking by it anyway is refused, not answered
        assertThat(page("wj.mz.admin", rows).getBody()).doesNotContain("id=\"key-search\"");
        ResponseEntity<String> byKey = page("wj.mz.admin", rows + "?key=" + InMemoryDatasets.residentId("320509104001", 0));
        assertThat(byKey.getStatusCode()).as("a lookup by an ungranted key").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byKey.getBody()).doesNotContain("居***");
        assertThat(auditedCalls("wj.mz.admin", POPULATION)).as("each view is an audited call").isEqualTo(before + 4);

        ResponseEntity<String> noGrant = page("wj.api", rows);
        assertThat(noGrant.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(noGrant.getBody()).contains("您没有资源 " + POPULATION + " 的授权", "/sharing?entry=" + POPULATION);
        assertThat(page("gs.admin", rows).getStatusCode()).as("out of scope").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page("wj.api", "/sharing/entries/" + ENTITIES + "/rows?lang=en").getBody())
                .as("unconditional").contains("Shared unconditionally", "91320509MA1XXXXX0A");

        assertThat(page("wj.mz.admin", "/sharing").getBody()).as("the grants we hold lead to their rows")
                .contains("href=\"" + rows + "\"");
        assertThat(page("wj.mz.admin", "/sharing?entry=" + POPULATION + "&lang=en").getBody())
                .as("the form for one resource: its items to tick").contains("id=\"field-id_number\"", "Applying for")
                .doesNotContain("??");
    }

    private ResponseEntity<String> page(String user, String path) {
        HttpHeaders headers = tokens.as(user);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private JsonNode stats() {
        return get("wj.reviewer", "/api/sharing/statistics?days=1&bucket=minute").getBody();
    }

    private List<String> actions(long id) {
        return get("pw.admin", "/api/sharing/applications/" + id + "/steps").getBody().findValuesAsText("action");
    }

    private List<Long> escalated() {
        List<Long> ids = new ArrayList<>();
        get("wj.reviewer", "/api/sharing/applications?side=provider&escalated=true").getBody()
                .forEach(a -> ids.add(a.path("id").asLong()));
        return ids;
    }
}
