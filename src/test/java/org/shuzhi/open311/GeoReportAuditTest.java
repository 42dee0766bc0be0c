package org.shuzhi.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.shuzhi.open311.Open311Client.Answer;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GeoReport v2 and the audit log: every POST requests leaves exactly one {@code open311.report} record — SUCCESS by
 * the api_key's account for a created (or repeated) report, DENIED for a refused key, FAILURE for a refused report
 * — a token found leaves one {@code open311.token}, public reads none; and no record holds the api_key or what
 * the reporter wrote. Each call sends its own {@code X-Request-Id}, so its records are told apart from every other
 * test's.
 */
@IntegrationTest
class GeoReportAuditTest extends GeoReportConformance {

    private static final String PHONE = "13912345678";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    /** One audit record as the log holds it. */
    record Row(String actor, String actorScope, String action, String target, String outcome, String clientIp,
            JsonNode details) {
    }

    @Test
    void aCreatedReportIsRecordedOnceByTheKeysAccount() {
        String key = fixture.key("wj.api");
        Map<String, String> report = fixture.report("first_name", "五", "last_name", "王", "phone", PHONE);
        String requestId = requestId();
        Answer created = client.post("requests.json", report, withRequestId(requestId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.items("request").get(0).text("service_request_id");

        Row row = single(requestId);
        assertThat(row.actor()).isEqualTo("wj.api");
        assertThat(row.actorScope()).isEqualTo("320509");
        assertThat(row.action()).isEqualTo("open311.report");
        assertThat(row.target()).isEqualTo("event:" + id);
        assertThat(row.outcome()).isEqualTo("SUCCESS");
        assertThat(row.clientIp()).isNotBlank();
        assertThat(row.details().path("jurisdiction").asText()).isEqualTo("320509");
        assertThat(row.details().path("service_code").asText()).isEqualTo("040101");
        assertThat(row.details().path("created").asBoolean()).isTrue();
        assertThat(recordText(requestId)).doesNotContain(key, PHONE, "王五", report.get("description"),
                "西塘街", report.get("attribute[idempotency_key]"), report.get("lat"));

        String again = requestId();
        assertThat(client.post("requests.json", report, withRequestId(again)).status()).isEqualTo(200);
        Row repeated = single(again);
        assertThat(repeated.outcome()).isEqualTo("SUCCESS");
        assertThat(repeated.target()).isEqualTo("event:" + id);
        assertThat(repeated.details().path("created").asBoolean()).isFalse();

        assertThat(jdbc.sql("select count(*) from audit.record r where strpos(r::text, :key) > 0").param("key", key)
                .query(Long.class).single()).as("the api_key anywhere in the audit log").isZero();
    }

    @Test
    void aRefusedReportIsRecordedOnceWithItsReason() {
        refused("DENIED", "anonymous", "open311.error.api-key-invalid", "api_key", "sz_not-a-token");
        refused("DENIED", "anonymous", "open311.error.api-key-missing", "api_key", null);
        refused("DENIED", "wj.analyst", "open311.error.api-key-forbidden", "api_key", fixture.key("wj.analyst"));
        refused("FAILURE", "wj.api", "open311.error.service-code-missing", "service_code", null);
        refused("FAILURE", "anonymous", "open311.error.jurisdiction", "jurisdiction_id", "999999");
        Row invalidPhone = refused("FAILURE", "wj.api", null, "phone", "12345", "first_name", "五", "last_name", "王");
        assertThat(invalidPhone.details().path("reason").asText()).startsWith("event.");
        assertThat(invalidPhone.details().path("field").asText()).isEqualTo("reporter.phone");
        assertThat(invalidPhone.details().toString()).doesNotContain("12345", "王五");

        String format = requestId();
        assertThat(client.post("requests.csv", fixture.report(), withRequestId(format)).status()).isEqualTo(400);
        assertThat(single(format).details().path("reason").asText()).isEqualTo("open311.error.format");

        for (String key : List.of("sz_not-a-token", fixture.key("wj.analyst"))) {
            assertThat(jdbc.sql("select count(*) from audit.record r where strpos(r::text, :key) > 0")
                    .param("key", key).query(Long.class).single()).as("an api_key in the audit log").isZero();
        }
    }

    @Test
    void aTokenFoundIsRecordedPublicReadsAndMissesAreNot() {
        Map<String, String> report = fixture.report();
        String token = report.get("attribute[idempotency_key]");
        String id = client.post("requests.json", report).items("request").get(0).text("service_request_id");

        String lookup = requestId();
        assertThat(client.get("tokens/" + token + ".json", withRequestId(lookup)).status()).isEqualTo(200);
        Row found = single(lookup);
        assertThat(found.action()).isEqualTo("open311.token");
        assertThat(found.actor()).isEqualTo("anonymous");
        assertThat(found.target()).isEqualTo("event:" + id);
        assertThat(found.outcome()).isEqualTo("SUCCESS");
        assertThat(recordText(lookup)).doesNotContain(token);

        for (String read : List.of("tokens/" + UUID.randomUUID() + ".json", "requests.json", "requests/" + id + ".xml",
                "services.json", "discovery.json")) {
            String requestId = requestId();
            client.get(read, withRequestId(requestId));
            assertThat(rows(requestId)).as(read).isEmpty();
        }
    }

    /** A report with these changes is refused, leaving one record of this outcome, actor and reason (if given). */
    private Row refused(String outcome, String actor, String reason, String... changes) {
        String requestId = requestId();
        Answer answer = client.post("requests.xml", fixture.report(changes), withRequestId(requestId));
        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        Row row = single(requestId);
        assertThat(row.action()).isEqualTo("open311.report");
        assertThat(row.outcome()).as(answer.body()).isEqualTo(outcome);
        assertThat(row.actor()).isEqualTo(actor);
        assertThat(row.details().path("status").asInt()).isEqualTo(answer.status());
        if (reason != null) {
            assertThat(row.details().path("reason").asText()).isEqualTo(reason);
        }
        return row;
    }

    private Row single(String requestId) {
        List<Row> rows = rows(requestId);
        assertThat(rows).as("audit records of request %s", requestId).hasSize(1);
        return rows.get(0);
    }

    private List<Row> rows(String requestId) {
        return jdbc.sql("select actor, actor_scope, action, target, outcome, client_ip, details from audit.record"
                + " where request_id = :id order by seq").param("id", requestId)
                .query((rs, i) -> new Row(rs.getString("actor"), rs.getString("actor_scope"), rs.getString("action"),
                        rs.getString("target"), rs.getString("outcome"), rs.getString("client_ip"),
                        details(rs.getString("details")))).list();
    }

    /** Every column of the request's records as one text. */
    private String recordText(String requestId) {
        return String.join("\n", jdbc.sql("select r::text from audit.record r where request_id = :id")
                .param("id", requestId).query(String.class).list());
    }

    private JsonNode details(String text) {
        try {
            return text == null ? json.nullNode() : json.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String requestId() {
        return "o311-" + UUID.randomUUID();
    }

    private static HttpHeaders withRequestId(String requestId) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", requestId);
        return headers;
    }
}
