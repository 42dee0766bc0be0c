package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every API error is problem+json in the caller's language, with a request id and never a stack trace. */
@IntegrationTest
class ProblemResponsesTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void unknownApiPathIsAProblemInChineseByDefault() {
        ResponseEntity<Map> response = call(HttpMethod.GET, "/api/no-such-thing", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", 404).containsEntry("title", "未找到");
        assertThat((String) response.getBody().get("detail")).isEqualTo("未找到所请求的资源。");
        assertThat(response.getBody().get("requestId")).isEqualTo(response.getHeaders().getFirst("X-Request-Id"));
        assertNoInternals(body(response));
    }

    @Test
    void acceptLanguageEnglishGivesEnglishMessages() {
        ResponseEntity<Map> response = call(HttpMethod.GET, "/api/no-such-thing", "en-US,en;q=0.8");

        assertThat(response.getBody()).containsEntry("title", "Not found");
        assertThat((String) response.getBody().get("detail")).isEqualTo("The requested resource was not found.");
    }

    @Test
    void wrongMethodIs405Problem() {
        ResponseEntity<Map> response = call(HttpMethod.DELETE, "/api/jurisdictions", "en");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) response.getBody().get("detail")).contains("DELETE");
        assertNoInternals(body(response));
    }

    @Test
    void callersRequestIdIsKeptWhenSane() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", "trace-12345678");
        ResponseEntity<Map> response = http.exchange("/api/no-such-thing", HttpMethod.GET, new HttpEntity<>(headers),
                Map.class);

        assertThat(response.getBody()).containsEntry("requestId", "trace-12345678");
    }

    @Test
    void browserAskingForAMissingPageGetsTheErrorPageNotJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> response = http.exchange("/no-such-page", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(response.getBody()).contains("出错了").contains("未找到所请求的资源").doesNotContain("Exception");
    }

    private ResponseEntity<Map> call(HttpMethod method, String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return http.exchange(path, method, new HttpEntity<>(headers), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(ResponseEntity<Map> response) {
        return (Map<String, Object>) response.getBody();
    }

    private static void assertNoInternals(Map<String, Object> body) {
        assertThat(body).doesNotContainKeys("trace", "exception", "stackTrace");
        assertThat(body.toString()).doesNotContain("org.springframework").doesNotContain("at org.");
    }
}
