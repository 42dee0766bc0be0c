package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.grid.Grids;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Pictures of an event over REST: stored as sent and numbered per event, recognised by their bytes whatever type the
 * client claims, limited in size and number, and served only inside the event's scope.
 */
@IntegrationTest
class AttachmentApiTest {

    /** An 8 × 6 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGPYrCaHFTEMpAQArrkuUf21PqwAAAAASUVORK5CYII=");

    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoTokens tokens;
    @Autowired
    Grids grids;
    @Autowired
    Authenticator authenticator;
    @Autowired
    AccountAdministration accounts;

    PageFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PageFixture(http, tokens, grids);
    }

    @Test
    void aPictureIsStoredNumberedAndServedBackAsSent() {
        long id = fixture.report("照片上传");
        ResponseEntity<JsonNode> first = upload("xt.inspector", id, PNG, "image/png");
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(first.getHeaders().getLocation()).hasToString("/api/events/" + id + "/attachments/1");
        assertThat(first.getBody().path("contentType").asText()).isEqualTo("image/png");
        // the declared type is not trusted: these bytes are a PNG
        ResponseEntity<JsonNode> second = upload("pw.dispatcher", id, PNG, "image/jpeg");
        assertThat(second.getBody().path("n").asInt()).isEqualTo(2);
        assertThat(second.getBody().path("contentType").asText()).isEqualTo("image/png");

        ResponseEntity<byte[]> served = http.exchange("/api/events/" + id + "/attachments/1", HttpMethod.GET,
                tokens.request("pw.dispatcher"), byte[].class);
        assertThat(served.getStatusCode().value()).isEqualTo(200);
        assertThat(served.getBody()).isEqualTo(PNG);
        assertThat(served.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        JsonNode list = http.exchange("/api/events/" + id + "/attachments", HttpMethod.GET,
                tokens.request("xt.inspector"), JsonNode.class).getBody();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("uploadedBy").asText()).isEqualTo("xt.inspector");
        assertThat(list.get(1).path("uploadedBy").asText()).isEqualTo("pw.dispatcher");
        assertThat(fixture.page("pw.dispatcher", "/events/" + id, "zh-CN").getBody())
                .contains("/api/events/" + id + "/attachments/1", "/api/events/" + id + "/attachments/2");
    }

    @Test
    void whatIsNoPictureOrTooLargeOrTooManyIsRefused() {
        long id = fixture.report("照片限制");
        ResponseEntity<JsonNode> html = upload("xt.inspector", id, "<script>alert(1)</script>".getBytes(), "image/png");
        assertThat(html.getStatusCode().value()).isEqualTo(400);
        assertThat(html.getBody().path("detail").asText()).contains("JPEG");
        assertThat(upload("xt.inspector", id, new byte[0], "image/png").getStatusCode().value()).isEqualTo(400);

        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertThat(upload("xt.inspector", id, huge, "image/png").getStatusCode().value()).isEqualTo(413);

        for (int i = 1; i <= AttachmentApi.MAX_PER_EVENT; i++) {
            assertThat(upload("xt.inspector", id, PNG, "image/png").getStatusCode().value()).isEqualTo(201);
        }
        ResponseEntity<JsonNode> tenth = upload("xt.inspector", id, PNG, "image/png");
        assertThat(tenth.getStatusCode().value()).isEqualTo(409);
        assertThat(tenth.getBody().path("detail").asText()).contains("最多 9 张");
        assertThat(upload("wj.analyst", id, PNG, "image/png").getStatusCode().value()).as("no event permission")
                .isEqualTo(403);
    }

    @Test
    void anotherJurisdictionFindsNoPicture() {
        long id = fixture.report("照片范围");
        assertThat(upload("xt.inspector", id, PNG, "image/png").getStatusCode().value()).isEqualTo(201);
        String lanzhou = PageFixture.lanzhouInspector(authenticator, accounts);
        for (String username : java.util.List.of(lanzhou, "lz.dispatcher", "wj.cg.handler")) {
            assertThat(http.exchange("/api/events/" + id + "/attachments/1", HttpMethod.GET, tokens.request(username),
                    String.class).getStatusCode().value()).as(username).isEqualTo(404);
            assertThat(http.exchange("/api/events/" + id + "/attachments", HttpMethod.GET, tokens.request(username),
                    String.class).getStatusCode().value()).as(username).isEqualTo(404);
            assertThat(upload(username, id, PNG, "image/png").getStatusCode().value()).as(username).isEqualTo(404);
        }
        assertThat(http.exchange("/api/events/" + id + "/attachments/2", HttpMethod.GET, tokens.request("xt.inspector"),
                String.class).getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<JsonNode> upload(String username, long id, byte[] bytes, String type) {
        HttpHeaders headers = tokens.as(username);
        headers.setContentType(MediaType.parseMediaType(type));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        return http.exchange("/api/events/" + id + "/attachments", HttpMethod.POST, new HttpEntity<>(bytes, headers),
                JsonNode.class);
    }
}
