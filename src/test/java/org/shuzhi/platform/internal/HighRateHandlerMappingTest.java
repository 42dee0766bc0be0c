package org.shuzhi.platform.internal;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.shuzhi.platform.HighRateApi;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.Endpoints;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sharing API (a {@link HighRateApi} controller) is found by the high-rate mapping before any other, is not also
 * held by the main mapping, and behaves as any endpoint: described in OpenAPI, language interceptor applied,
 * problems in the caller's language.
 */
@IntegrationTest
class HighRateHandlerMappingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping main;
    @Autowired
    HandlerMappingIntrospector introspector;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoTokens tokens;

    @Test
    void theSharingApiIsHeldByTheHighRateMappingAloneWhichComesFirst() throws Exception {
        HighRateHandlerMapping highRate = context.getBean(HighRateHandlerMapping.class);
        assertThat(highRate.getHandlerMethods().values()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getBeanType()).hasAnnotation(HighRateApi.class));
        assertThat(main.getHandlerMethods().values())
                .noneSatisfy(m -> assertThat(m.getBeanType()).hasAnnotation(HighRateApi.class));
        assertThat(main.getHandlerMethods()).hasSizeGreaterThan(100);

        assertThat(introspector.getHandlerMappings().get(0)).isSameAs(highRate);
        HttpServletRequest call = new MockHttpServletRequest("GET", "/api/share/320509-scjg-0001/rows");
        HandlerMethod found = (HandlerMethod) highRate.getHandler(call).getHandler();
        assertThat(found.getMethod().getName()).isEqualTo("rows");
        assertThat(call.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .isEqualTo(Map.of("entryCode", "320509-scjg-0001"));
        assertThat(highRate.getHandler(new MockHttpServletRequest("GET", "/api/events/1"))).isNull();
        assertThat(highRate.getAdaptedInterceptors()).hasSameSizeAs(main.getAdaptedInterceptors());
        assertThat(Endpoints.of(context)).as("the sweeps over every endpoint include it")
                .anyMatch(e -> e.pattern().equals("/api/share/{entryCode}/rows"));
    }

    @Test
    void itsEndpointsAnswerDescribeThemselvesAndSpeakTheCallersLanguage() {
        HttpHeaders headers = tokens.as("wj.api");
        ResponseEntity<JsonNode> rows = http.exchange("/api/share/320509-scjg-0001/rows?size=2", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(rows.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rows.getBody().get("rows")).hasSize(2);
        assertThat(rows.getHeaders().getContentType().toString()).isEqualTo("application/json");
        assertThat(rows.getHeaders().getContentLength()).as("answered in one piece, not chunked").isPositive();
        assertThat(rows.getHeaders().getFirst("X-Content-Type-Options")).as("security headers").isEqualTo("nosniff");

        ResponseEntity<JsonNode> english = http.exchange("/api/share/no-such-entry/rows?lang=en", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(english.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(english.getBody().get("detail").asText()).containsPattern("[A-Za-z]{4,}").doesNotContainPattern("\\p{IsHan}");

        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);
        JsonNode operation = api.at("/paths/~1api~1share~1{entryCode}~1rows/get");
        assertThat(operation.at("/operationId").isMissingNode()).isFalse();
        assertThat(operation.at("/responses/200/content/application~1json/schema/$ref").asText()).endsWith("/ShareRows");
    }
}
