package org.shuzhi.jurisdiction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/** The REST API over real HTTP on the demo divisions, plus imports of the fake province 99. */
@IntegrationTest
class JurisdictionApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    @AfterEach
    void removeFixtures() {
        DivisionFixture.cleanUp(jdbc);
    }

    @Test
    void provincesCarryTheirChildCounts() throws IOException {
        JsonNode provinces = get("/api/jurisdictions", "zh-CN", 200);
        assertThat(byCode(provinces, "32").path("name").asText()).isEqualTo("江苏省");
        assertThat(byCode(provinces, "32").path("childCount").asInt()).isEqualTo(1);
        assertThat(byCode(provinces, "62").path("childCount").asInt()).isEqualTo(14);
        assertThat(provinces.findValuesAsText("level")).containsOnly("PROVINCE");
    }

    @Test
    void oneDivisionItsChildrenAndItsChain() throws IOException {
        JsonNode pingwang = get("/api/jurisdictions/320509104", "zh-CN", 200);
        assertThat(pingwang.path("name").asText()).isEqualTo("平望镇");
        assertThat(pingwang.path("level").asText()).isEqualTo("TOWNSHIP");
        assertThat(pingwang.path("parentCode").asText()).isEqualTo("320509");
        assertThat(pingwang.path("childCount").asInt()).isEqualTo(27);

        JsonNode villages = get("/api/jurisdictions/320509104/children", "zh-CN", 200);
        assertThat(villages).hasSize(27);
        assertThat(villages.findValuesAsText("code")).isSorted().allMatch(c -> c.startsWith("320509104"));
        assertThat(villages.findValuesAsText("level")).containsOnly("VILLAGE");

        JsonNode chain = get("/api/jurisdictions/320509104/chain", "zh-CN", 200);
        assertThat(chain.findValuesAsText("name")).containsExactly("江苏省", "苏州市", "吴江区", "平望镇");
    }

    @Test
    void searchShowsEachHitWithItsChain() throws IOException {
        JsonNode hits = get("/api/jurisdictions/search?q={q}&limit=5", "zh-CN", 200, "平望");
        assertThat(hits.size()).isBetween(1, 5);
        assertThat(hits.get(0).path("code").asText()).isEqualTo("320509104");
        assertThat(hits.get(0).path("path").asText()).isEqualTo("江苏省 › 苏州市 › 吴江区 › 平望镇");
        assertThat(hits.get(0).path("chain").findValuesAsText("code"))
                .containsExactly("32", "3205", "320509", "320509104");
    }

    @Test
    void unknownCodeIsA404ProblemInTheCallersLanguage() throws IOException {
        JsonNode zh = problem("/api/jurisdictions/990000", "zh-CN", 404);
        assertThat(zh.path("detail").asText()).isEqualTo("未找到区划代码 990000。");
        assertThat(zh.path("title").asText()).isEqualTo("未找到");
        assertThat(zh.path("code").asText()).isEqualTo("jurisdiction.not-found");
        assertThat(zh.path("divisionCode").asText()).isEqualTo("990000");

        JsonNode en = problem("/api/jurisdictions/990000/children", "en", 404);
        assertThat(en.path("detail").asText()).isEqualTo("No division with code 990000.");
        assertThat(problem("/api/jurisdictions/abc/chain", "en", 404).path("detail").asText()).contains("abc");
    }

    @Test
    void badSearchesAre400Problems() throws IOException {
        assertThat(problem("/api/jurisdictions/search?q={q}", "zh-CN", 400, " ").path("detail").asText())
                .isEqualTo("请输入要搜索的名称。");
        assertThat(problem("/api/jurisdictions/search?q=a&limit=1000", "en", 400).path("detail").asText())
                .isEqualTo("limit must be between 1 and 100, was 1000.");
        assertThat(problem("/api/jurisdictions/search", "en", 400).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void importingFilesReturnsTheReportAndIsIdempotent() throws IOException {
        DivisionFixture fixture = new DivisionFixture();

        JsonNode first = upload(files(fixture), "zh-CN", 200);
        assertThat(first.path("inserted").asInt()).isEqualTo(8);
        assertThat(first.path("levels").findValuesAsText("file")).containsExactly("provinces.csv", "cities.csv",
                "areas.csv", "streets.csv", "villages.csv");
        assertThat(get("/api/jurisdictions/990101001/chain", "zh-CN", 200).findValuesAsText("name"))
                .containsExactly("测试省", "测试市", "测试区", "甲镇");

        JsonNode again = upload(files(fixture), "zh-CN", 200);
        assertThat(again.path("inserted").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(8);
    }

    @Test
    void aZipOfTheFilesCanBeUploaded() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DivisionFixture fixture = new DivisionFixture();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (DivisionFile file : DivisionFile.values()) {
                zip.putNextEntry(new ZipEntry("divisions/" + file.fileName()));
                zip.write(fixture.text(file).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        JsonNode report = upload(Map.of("divisions.zip", bytes.toByteArray()), "en", 200);
        assertThat(report.path("read").asInt()).isEqualTo(8);
        assertThat(report.path("inserted").asInt()).isEqualTo(8);
    }

    @Test
    void aBadRowIsA400ProblemWithFileAndLineAndNothingIsWritten() throws IOException {
        DivisionFixture fixture = new DivisionFixture();
        int line = fixture.append(DivisionFile.VILLAGES, "990101002009,\"丙村\",990101002,99,9901,990102");
        String before = DivisionFixture.fingerprint(jdbc);

        JsonNode zh = upload(files(fixture), "zh-CN", 400);
        assertThat(zh.path("file").asText()).isEqualTo("villages.csv");
        assertThat(zh.path("line").asInt()).isEqualTo(line);
        assertThat(zh.path("code").asText()).isEqualTo("jurisdiction.import.inconsistent-column");
        assertThat(zh.path("detail").asText()).isEqualTo(
                "villages.csv 第 5 行：areaCode 列为“990102”，与代码 990101002009 不一致，应为 990101。");

        JsonNode en = upload(files(fixture), "en", 400);
        assertThat(en.path("detail").asText()).isEqualTo("villages.csv line 5: column areaCode is \"990102\","
                + " which does not match code 990101002009; expected 990101.");
        assertThat(DivisionFixture.fingerprint(jdbc)).isEqualTo(before);
    }

    @Test
    void aFileWithAnotherNameIsRejected() throws IOException {
        JsonNode problem = upload(Map.of("towns.csv", "code,name\n".getBytes(StandardCharsets.UTF_8)), "en", 400);
        assertThat(problem.path("file").asText()).isEqualTo("towns.csv");
        assertThat(problem.path("detail").asText()).startsWith("Unknown file towns.csv");
    }

    @Test
    void theEndpointsAreDocumentedInOpenApi() throws IOException {
        JsonNode docs = get("/v3/api-docs", "zh-CN", 200);
        assertThat(docs.path("paths").fieldNames()).toIterable().contains("/api/jurisdictions",
                "/api/jurisdictions/{code}", "/api/jurisdictions/{code}/children", "/api/jurisdictions/{code}/chain",
                "/api/jurisdictions/search", "/api/jurisdictions/import");
        assertThat(docs.path("tags").findValuesAsText("name")).contains("行政区划 Jurisdictions");
    }

    private static Map<String, byte[]> files(DivisionFixture fixture) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (DivisionFile file : DivisionFile.values()) {
            files.put(file.fileName(), fixture.text(file).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private JsonNode upload(Map<String, byte[]> files, String language, int status) throws IOException {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        files.forEach((name, bytes) -> body.add("files", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<String> response = http.postForEntity("/api/jurisdictions/import",
                new HttpEntity<>(body, headers), String.class);
        return check(response, status);
    }

    private JsonNode get(String path, String language, int status, Object... variables) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return check(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class, variables), status);
    }

    private JsonNode problem(String path, String language, int status, Object... variables) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class,
                variables);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return check(response, status);
    }

    private JsonNode check(ResponseEntity<String> response, int status) throws IOException {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody()).doesNotContain("Exception", "\tat ");
        }
        return json.readTree(response.getBody());
    }

    private static JsonNode byCode(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (code.equals(node.path("code").asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }
}
