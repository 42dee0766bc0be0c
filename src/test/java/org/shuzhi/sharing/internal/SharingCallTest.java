package org.shuzhi.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.MovableClock;
import org.shuzhi.platform.DataScope;
import org.shuzhi.privacy.ResidentIdNumber;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The sharing API over HTTP with the demo catalog and an in-memory stand-in for the datasets: unconditional calls,
 * application → approval → grant → call with only the granted fields and rows, masking, expiry, refusals, audit,
 * rate limits and the two-sided scope.
 */
@IntegrationTest
@Import(InMemoryDatasets.class)
class SharingCallTest extends SharingHttp {

    static final String CONSUMER = "wj.cg.admin";   // SHARE_REQUEST, SHARE_CALL, PERSONAL_VIEW_GENERAL; 320509-cg
    static final String APPROVER = "wj.reviewer";   // SHARE_APPROVE over 320509

    @Autowired
    InMemoryDatasets.Rows datasets;
    @Autowired
    MovableClock clock;
    @Autowired
    RateLimiter limiter;

    @AfterEach
    void scanAndReset() {
        clock.reset();
        sharingAnswers.forEach(answer -> assertThat(personalNumbers(answer)).as(answer).isEmpty());
    }

    @Test
    void anUnconditionalResourceAnswersEveryCallerWithShareCallAllFieldsPersonalOnesMasked() {
        ResponseEntity<JsonNode> answer = rows("wj.api", ENTITIES, null);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = answer.getBody();
        assertThat(body.path("sharingType").asText()).isEqualTo("UNCONDITIONAL");
        assertThat(body.path("fields").toString()).isEqualTo("[\"uscc\",\"entity_name\",\"legal_rep\",\"domicile\"]");
        assertThat(body.path("masked").toString()).isEqualTo("[\"legal_rep\"]");
        assertThat(body.path("total").asLong()).isEqualTo(2);
        JsonNode first = body.path("rows").get(0);
        assertThat(first.path("uscc").asText()).isEqualTo("91320509MA1XXXXX0A");
        assertThat(first.path("legal_rep").asText()).isEqualTo("王**");
        assertThat(first.path("domicile").asText()).as("a mobile in free text is masked too")
                .startsWith("平望镇示例路8号").doesNotContain(InMemoryDatasets.mobile(7));
        assertThat(datasets.rowScopes.get(datasets.rowScopes.size() - 1)).isEqualTo(DataScope.of("320509"));

        JsonNode one = rows("wj.api", ENTITIES, "key=91320509MA1YYYYY1B&fields=entity_name").getBody();
        assertThat(one.path("rows").toString()).isEqualTo("[{\"entity_name\":\"示例贸易有限公司\"}]");
        assertThat(rows("wj.reviewer", ENTITIES, null).getStatusCode()).as("without SHARE_CALL")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void applicationApprovalGrantThenOnlyGrantedFieldsAndRowsComeBackMasked() {
        long audited = auditedCalls(CONSUMER, POPULATION);
        assertThat(rows(CONSUMER, POPULATION, null).getBody().path("detail").asText())
                .as("no grant yet").contains("没有资源 " + POPULATION + " 的授权");

        JsonNode application = apply(CONSUMER, POPULATION, List.of("name", "id_number", "address"), "320509104");
        long id = application.path("id").asLong();
        assertThat(application.path("state").asText()).isEqualTo("PENDING");
        assertThat(Instant.parse(application.path("dueAt").asText())).isAfter(Instant.now().plus(Duration.ofDays(13)));

        assertThat(decide(CONSUMER, id, Map.of("approve", true)).getStatusCode()).as("the consumer's side cannot decide")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(decide(APPROVER, id, Map.of("approve", false)).getStatusCode()).as("a rejection needs a reason")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(decide(APPROVER, id, Map.of("approve", true, "fields", List.of("mobile"))).getStatusCode())
                .as("only requested fields can be granted").isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode approved = decide(APPROVER, id, Map.of("approve", true, "fields", List.of("name", "id_number"),
                "clearFields", List.of("name", "id_number"))).getBody();
        assertThat(approved.path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("grantId").isNumber()).isTrue();
        assertThat(decide(APPROVER, id, Map.of("approve", false, "reason", "迟到的驳回")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode body = rows(CONSUMER, POPULATION, null).getBody();
        assertThat(body.path("fields").toString()).isEqualTo("[\"name\",\"id_number\"]");
        assertThat(body.path("masked").toString()).as("clear name (PERSONAL_VIEW_GENERAL held), ID masked (no "
                + "PERSONAL_VIEW_SENSITIVE)").isEqualTo("[\"id_number\"]");
        assertThat(body.path("total").asLong()).as("rows of 平望镇 only").isEqualTo(2);
        assertThat(body.path("rows").get(0).path("name").asText()).isEqualTo("居民甲某");
        assertThat(body.path("rows").get(0).path("id_number").asText()).matches("320\\*{11}[0-9X]{4}");
        assertThat(body.toString()).doesNotContain("address", "mobile", "松陵", "居民丙某");
        assertThat(datasets.rowScopes.get(datasets.rowScopes.size() - 1)).isEqualTo(DataScope.of("320509104"));

        String outside = InMemoryDatasets.residentId("320509001001", 2);
        assertThat(rows(CONSUMER, POPULATION, "key=" + outside).getBody().path("total").asLong())
                .as("a row outside the grant's row scope, asked for by key").isZero();
        for (String refused : List.of("fields=name,mobile", "fields=address", "mobile=" + InMemoryDatasets.mobile(0))) {
            ResponseEntity<JsonNode> answer = rows(CONSUMER, POPULATION, refused);
            assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody().path("detail").asText()).contains("未获授权的信息项");
        }
        assertThat(auditedCalls(CONSUMER, POPULATION)).as("every call audited, refusals too").isEqualTo(audited + 6);
        String details = jdbc.sql("select details from audit.record where action = 'share.call' and actor = :a "
                + "order by seq desc limit 1").param("a", CONSUMER).query(String.class).single();
        assertThat(details).contains("\"status\":403", "\"purpose\":\"核查辖区实有人口", "latencyMicros", "\"rows\":0");
    }

    @Test
    void anExpiredGrantIsRefusedAndClearTextNeedsTheGrantAndThePermission() {
        String admin = "wj.admin"; // PERSONAL_VIEW_SENSITIVE, no department: the grant names the account
        long id = apply(admin, POPULATION, List.of("name", "id_number"), null).path("id").asLong();
        decide(APPROVER, id, Map.of("approve", true, "clearFields", List.of("id_number"),
                "validUntil", Instant.now().plus(Duration.ofHours(1)).toString()));
        JsonNode body = rows(admin, POPULATION, "fields=id_number").getBody();
        assertThat(body.path("masked").toString()).isEqualTo("[]");
        assertThat(body.path("total").asLong()).as("the whole district").isEqualTo(3);
        assertThat(ResidentIdNumber.isValid(body.path("rows").get(0).path("id_number").asText()))
                .as("granted in clear to a holder of PERSONAL_VIEW_SENSITIVE").isTrue();
        sharingAnswers.clear(); // this answer may show the number; the scan covers the others

        assertThat(rows(admin, POPULATION, "fields=name").getBody().path("rows").get(0).path("name").asText())
                .as("not granted in clear").isEqualTo("居***");
        clock.advance(Duration.ofHours(2));
        ResponseEntity<JsonNode> expired = rows(admin, POPULATION, null);
        assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(expired.getBody().path("detail").asText()).contains("授权已于").contains("到期");
    }

    @Test
    void aResourceThatIsNotSharedCannotBeRequestedNorCalled() {
        Map<String, Object> application = new HashMap<>(Map.of("entryCode", DIBAO, "purpose", "核对低保",
                "fields", List.of("name"), "legalBasis", "无"));
        ResponseEntity<JsonNode> refused = post(CONSUMER, "/api/sharing/applications", application);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("detail").asText()).contains("不予共享").contains("社会救助暂行办法");
        assertThat(rows(CONSUMER, DIBAO, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        application.put("entryCode", ENTITIES);
        assertThat(post(CONSUMER, "/api/sharing/applications", application).getBody().path("detail").asText())
                .contains("无条件共享");
    }

    @Test
    void aLanzhouCallerSeesNoWujiangApplicationGrantOrResource() {
        long id = apply(CONSUMER, POPULATION, List.of("name"), null).path("id").asLong();
        assertThat(get(CONSUMER, "/api/sharing/applications/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(APPROVER, "/api/sharing/applications?side=provider").getBody().findValuesAsText("id"))
                .contains(Long.toString(id));
        for (String lanzhou : List.of("lz.dispatcher", "gs.admin")) {
            assertThat(get(lanzhou, "/api/sharing/applications/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get(lanzhou, "/api/sharing/applications/" + id + "/steps").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get(lanzhou, "/api/sharing/applications").getBody().findValuesAsText("id"))
                    .doesNotContain(Long.toString(id));
            assertThat(decide(lanzhou, id, Map.of("approve", false, "reason", "越权")).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(rows("gs.admin", POPULATION, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(CONSUMER, "/api/sharing/applications/" + id).getBody().path("state").asText()).isEqualTo("PENDING");
    }

    @Test
    void overItsRateAConsumerGets429WithRetryAfter() {
        rows("wj.api", ENTITIES, "fields=uscc"); // the token is issued outside the measured calls
        limiter.configure("wj.api", 2);
        try {
            List<Integer> statuses = new java.util.ArrayList<>();
            ResponseEntity<JsonNode> last = null;
            for (int i = 0; i < 5; i++) {
                last = rows("wj.api", ENTITIES, "fields=uscc");
                statuses.add(last.getStatusCode().value());
            }
            assertThat(statuses.subList(0, 2)).containsOnly(200);
            assertThat(statuses).contains(429);
            assertThat(last.getStatusCode().value()).isEqualTo(429);
            assertThat(last.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(Long.parseLong(last.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
            assertThat(last.getBody().path("detail").asText()).contains("秒后重试");
        } finally {
            limiter.configure("wj.api", 10_000);
        }
    }
}
