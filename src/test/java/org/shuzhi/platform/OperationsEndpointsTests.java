package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Health, metrics, Prometheus, OpenAPI and the localized shell are reachable on a running platform. */
@IntegrationTest
class OperationsEndpointsTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthIsUpIncludingTheDatabase() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        assertThat(http.getForObject("/actuator/health/readiness", Map.class)).containsEntry("status", "UP");
    }

    @Test
    void prometheusScrapeHasJvmAndHttpMetrics() {
        http.getForEntity("/", String.class);
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        assertThat(scrape).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void openApiDescribesTheModuleApis() {
        Map<?, ?> api = http.getForObject("/v3/api-docs", Map.class);
        assertThat((String) api.get("openapi")).startsWith("3.");
        assertThat(((Map<?, ?>) api.get("paths")).keySet().toString())
                .contains("/api/jurisdictions").contains("/api/grids/locate");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> schemes = (Map<?, ?>) ((Map<?, ?>) api.get("components")).get("securitySchemes");
        assertThat(schemes.toString()).contains("scheme=bearer");
    }

    @Test
    void shellIsChineseByDefaultAndSwitchesToEnglish() {
        assertThat(http.getForObject("/", String.class)).contains("lang=\"zh-CN\"").contains("行政区划");
        ResponseEntity<String> english = http.getForEntity("/?lang=en", String.class);
        assertThat(english.getBody()).contains("lang=\"en\"").contains("Jurisdictions");
        assertThat(english.getHeaders().get("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("shuzhi-lang=en"));
    }
}
