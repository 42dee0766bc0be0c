package org.shuzhi.identity.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Real HTTP calls to the running platform as a demo or test account — with a bearer token the account issued for
 * itself, so the call carries exactly that account's scope and permissions — or as nobody. One per test context;
 * tokens are issued once per account and kept.
 */
@Component
class Http {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Environment environment;
    private final IdentityFixture fixture;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Http(Environment environment, IdentityFixture fixture) {
        this.environment = environment;
        this.fixture = fixture;
    }

    /** An answer: status, headers and body text, which {@link #json()} parses. */
    record Response(HttpStatusCode status, HttpHeaders headers, String body) {

        int code() {
            return status.value();
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + status + " " + body, e);
            }
        }
    }

    Response get(String username, String path) {
        return send(username, HttpMethod.GET, path, null);
    }

    /** Sends {@code body} (as JSON, unless {@code null}) as {@code username}, or anonymously for {@code null}. */
    Response send(String username, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        if (username != null) {
            headers.setBearerAuth(token(username));
        }
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return exchange(method, path, new HttpEntity<>(body == null ? null : write(body), headers));
    }

    /** Sends a request built by the caller (own headers, no token added); {@code path} is sent as it is. */
    Response exchange(HttpMethod method, String path, HttpEntity<?> request) {
        // the server's port is known once it has started, after this bean was made
        String base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        ResponseEntity<String> answer = client().exchange(URI.create(base + path), method, request, String.class);
        return new Response(answer.getStatusCode(), answer.getHeaders(), answer.getBody());
    }

    /** The bearer token this helper uses for {@code username} (issued once, by the account itself). */
    String token(String username) {
        return tokens.computeIfAbsent(username, fixture::token);
    }

    /** A client of its own: no default token, no redirects followed, no exceptions on 4xx and 5xx. */
    static RestTemplate client() {
        RestTemplate rest = new RestTemplate(new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()));
        rest.setErrorHandler(new DefaultResponseErrorHandler() {
            @Override
            public boolean hasError(ClientHttpResponse response) {
                return false;
            }
        });
        return rest;
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
