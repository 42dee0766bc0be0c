package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.support.DemoTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The event centre's REST API as the demo accounts call it, for the dispatch tests. */
@Component
class EventHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<TestRestTemplate> http;
    private final ObjectProvider<DemoTokens> tokens;

    EventHttp(ObjectProvider<TestRestTemplate> http, ObjectProvider<DemoTokens> tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** Reports an event of this category and urgency at a point as {@code username}; asserts 201. */
    JsonNode report(String username, String category, String urgency, double lat, double lng) {
        Map<String, Object> body = Map.of("idempotencyKey", UUID.randomUUID().toString(), "categoryCode", category,
                "title", "规则派遣测试", "description", "规则派遣测试事件", "urgency", urgency, "lat", lat, "lng", lng);
        ResponseEntity<JsonNode> answer = send(username, HttpMethod.POST, "/api/events", body);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }

    /** A transition as {@code username}; asserts the status. */
    JsonNode act(String username, long id, Map<String, Object> body, HttpStatus expected) {
        ResponseEntity<JsonNode> answer = send(username, HttpMethod.POST, "/api/events/" + id + "/transitions", body);
        assertThat(answer.getStatusCode()).as("%s: %s", body, answer.getBody()).isEqualTo(expected);
        return answer.getBody();
    }

    ResponseEntity<JsonNode> get(String username, String path) {
        return http.getObject().exchange(path, HttpMethod.GET, tokens.getObject().request(username), JsonNode.class);
    }

    ResponseEntity<JsonNode> send(String username, HttpMethod method, String path, Object body) {
        HttpHeaders headers = tokens.getObject().as(username);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.getObject().exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** JSON text (a dispatch explanation, timeline details) as a tree. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(text, e);
        }
    }
}
