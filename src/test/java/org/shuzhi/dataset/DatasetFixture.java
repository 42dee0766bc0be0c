package org.shuzhi.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.shuzhi.privacy.ResidentIdNumber;
import org.shuzhi.privacy.SocialCreditCode;
import org.shuzhi.support.DemoTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A catalog entry of 吴江城管 with a DATASET attached, made over HTTP for each test, and the calls tests make on its
 * dataset: upload (raw body), wait for the load to end, read rows.
 */
final class DatasetFixture {

    static final String PROVIDER = "wj.cg.admin";
    static final String HEADER = "name,id_number,mobile,uscc,age,region_code,registered";

    private final TestRestTemplate http;
    private final DemoTokens tokens;
    final long id;
    final String code;

    DatasetFixture(TestRestTemplate http, DemoTokens tokens) {
        this.http = http;
        this.tokens = tokens;
        this.code = "T-DS-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", code);
        draft.put("classification", Map.of("classCode", "03", "itemCode", "012"));
        draft.put("name", "测试数据集");
        draft.put("summary", "数据集导入测试");
        draft.put("format", "DATABASE");
        draft.put("updateCycle", "DAILY");
        draft.put("providerDepartment", "320509-cg");
        draft.put("sharing", Map.of("type", "UNCONDITIONAL", "method", "API"));
        draft.put("openType", "NOT_OPEN");
        draft.put("items", List.of(item("姓名", "name", "TEXT", "PERSON_NAME", true, false),
                item("公民身份号码", "id_number", "TEXT", "RESIDENT_ID", true, true),
                item("手机号码", "mobile", "TEXT", "MOBILE", false, false),
                item("统一社会信用代码", "uscc", "TEXT", "SOCIAL_CREDIT_CODE", false, false),
                item("年龄", "age", "INTEGER", "PLAIN", false, false),
                item("区划代码", "region_code", "TEXT", "PLAIN", false, false),
                item("登记日期", "registered", "DATE", "PLAIN", false, false)));
        ResponseEntity<JsonNode> created = send(PROVIDER, HttpMethod.POST, "/api/catalog/entries", draft);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        id = created.getBody().path("id").asLong();
        assertThat(send(PROVIDER, HttpMethod.POST, "/api/catalog/entries/" + id + "/steps", Map.of("action", "ATTACH",
                "resource", Map.of("kind", "DATASET", "reference", "test_people"))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static Map<String, Object> item(String name, String column, String dataType, String fieldType,
            boolean required, boolean key) {
        return Map.of("name", name, "column", column, "dataType", dataType, "fieldType", fieldType,
                "required", required, "key", key);
    }

    /** A valid resident ID number of 吴江区 ending in the right check character. */
    static String idNumber(int n) {
        String first17 = "320509" + "1985" + String.format("%02d", 1 + n % 12) + "15" + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String uscc(int n) {
        String first17 = "91320509" + String.format("MA%07d", n);
        return first17 + SocialCreditCode.checkCharacter(first17);
    }

    /** Uploads as the request body; returns the answer (202 with the load id, or a problem). */
    ResponseEntity<JsonNode> upload(String user, byte[] body, String contentType, String mode) {
        HttpHeaders headers = tokens.as(user);
        headers.setContentType(MediaType.parseMediaType(contentType));
        return http.exchange("/api/catalog/entries/" + id + "/dataset?mode=" + mode, HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Uploads CSV text in UTF-8 and waits for the load to end. */
    JsonNode load(String csv, String mode) {
        return load(csv.getBytes(StandardCharsets.UTF_8), "text/csv", mode);
    }

    JsonNode load(byte[] body, String contentType, String mode) {
        ResponseEntity<JsonNode> started = upload(PROVIDER, body, contentType, mode);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        return awaitLoad(started.getBody().path("id").asLong());
    }

    JsonNode awaitLoad(long loadId) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode load = get(PROVIDER, "/api/datasets/loads/" + loadId).getBody();
            String status = load.path("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED") || System.currentTimeMillis() > deadline) {
                return load;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    ResponseEntity<JsonNode> get(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(tokens.as(user)), JsonNode.class);
    }

    ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, tokens.as(user)), JsonNode.class);
    }
}
