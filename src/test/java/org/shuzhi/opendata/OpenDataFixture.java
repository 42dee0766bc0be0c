package org.shuzhi.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.dataset.Datasets;
import org.shuzhi.privacy.ResidentIdNumber;
import org.shuzhi.support.DemoTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * What the open-data tests share: an in-memory {@link Datasets} (primary, so it stands in whether or not the real
 * module is there) with rows for the demo entries, entries published through the real catalog workflow, and an
 * anonymous HTTP client — the portal is for people who are not signed in.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OpenDataFixture {

    static final String ID_NUMBER = "32050919800101123" + ResidentIdNumber.checkCharacter("32050919800101123");
    static final String MOBILE = "13812345678";
    static final String OTHER_MOBILE = "13987654321";

    @Bean
    @Primary
    MemoryDatasets memoryDatasets() {
        MemoryDatasets datasets = new MemoryDatasets();
        datasets.put("320509-scjg-0001", List.of(
                MemoryDatasets.row("320509", "uscc", "91320509MA1MXXXX1A", "entity_name", "吴江丝绸有限公司",
                        "legal_rep", "王建国", "domicile", "盛泽镇舜湖西路 1 号"),
                MemoryDatasets.row("320509", "uscc", "91320509MA1MYYYY2B", "entity_name", "=HYPERLINK(\"x\")",
                        "legal_rep", "李红", "domicile", "松陵镇, 中山路 \"8\" 号"),
                MemoryDatasets.row("620102", "uscc", "91620102MA1ZZZZ3C", "entity_name", "外地串入的行",
                        "legal_rep", "赵六", "domicile", "兰州")));
        datasets.put("320509-sthj-0001", List.of(
                MemoryDatasets.row("320509", "uscc", "91320509MA1P0001XA", "entity_name", "吴江印染一厂",
                        "pollutants", "化学需氧量、氨氮"),
                MemoryDatasets.row("320509", "uscc", "91320509MA1P0002XB", "entity_name", "吴江热电厂",
                        "pollutants", "二氧化硫")));
        datasets.put("320509-ga-0001", List.of(MemoryDatasets.row("320509", "name", "张三", "id_number", ID_NUMBER,
                "mobile", MOBILE, "address", "松陵镇 1 号")));
        return datasets;
    }

    /** Codes of entries made by the tests: unique, so that test classes sharing the database do not meet. */
    static String code() {
        return "T-od-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Catalogues an entry as 吴江城管's data admin and takes it to publication with the district's reviewer. */
    static long publish(TestRestTemplate http, DemoTokens tokens, String code, String name, String openType,
            List<Map<String, Object>> items) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", code);
        draft.put("classification", Map.of("classCode", "02", "itemCode", "012"));
        draft.put("name", name);
        draft.put("summary", name + "：网格巡查登记的服务事项");
        draft.put("format", "DATABASE");
        draft.put("updateCycle", "WEEKLY");
        draft.put("providerDepartment", "320509-cg");
        draft.put("sharing", Map.of("type", "UNCONDITIONAL", "method", "BOTH"));
        draft.put("openType", openType);
        draft.put("items", items);
        JsonNode created = send(http, tokens, "wj.cg.admin", "/api/catalog/entries", draft);
        long id = created.path("id").asLong();
        assertThat(id).as(String.valueOf(created)).isPositive();
        String steps = "/api/catalog/entries/" + id + "/steps";
        send(http, tokens, "wj.cg.admin", steps, Map.of("action", "ATTACH",
                "resource", Map.of("kind", "DATASET", "reference", code.toLowerCase())));
        send(http, tokens, "wj.cg.admin", steps, Map.of("action", "SUBMIT"));
        send(http, tokens, "wj.reviewer", steps, Map.of("action", "APPROVE"));
        assertThat(send(http, tokens, "wj.reviewer", steps, Map.of("action", "PUBLISH")).path("state").asText())
                .isEqualTo("PUBLISHED");
        return id;
    }

    static JsonNode send(TestRestTemplate http, DemoTokens tokens, String user, String path, Object body) {
        HttpHeaders headers = tokens.as(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class).getBody();
    }

    static Map<String, Object> item(String name, String column, String fieldType) {
        return new HashMap<>(Map.of("name", name, "column", column, "dataType", "TEXT", "fieldType", fieldType,
                "required", false));
    }

    /** An HTTP client with no session and no token, in the given language. */
    record Anonymous(String base, ObjectMapper json) {

        HttpResponse<byte[]> get(String path, String language) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (language != null) {
                request.header("Accept-Language", language);
            }
            try {
                return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String text(String path) {
            return new String(get(path, null).body(), StandardCharsets.UTF_8);
        }

        JsonNode json(String path) {
            try {
                return json.readTree(get(path, null).body());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        int status(String path) {
            return get(path, null).statusCode();
        }
    }

    /** The texts of a JSON array's members at {@code field}. */
    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.path(field).asText()));
        return texts;
    }
}
