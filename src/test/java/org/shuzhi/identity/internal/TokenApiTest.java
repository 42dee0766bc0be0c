package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * {@code /api/identity/tokens} over real HTTP: everyone issues, lists and revokes their own tokens; a revoked token
 * is refused with 401; administrators issue tokens for system accounts of their scope only.
 */
@IntegrationTest
class TokenApiTest {

    @Autowired
    IdentityFixture fixture;
    @Autowired
    Http http;

    @Test
    void aPersonIssuesListsAndRevokesTheirOwnTokenAndTheRevokedTokenIsRefused() {
        Http.Response issued = http.send("xt.inspector", HttpMethod.POST, "/api/identity/tokens",
                Map.of("name", "巡查终端", "validDays", 30));
        assertThat(issued.code()).as(issued.body()).isEqualTo(201);
        String token = issued.json().get("token").asText();
        long id = issued.json().get("id").asLong();
        assertThat(token).startsWith("sz_");

        assertThat(bearer(token, "/api/identity/tokens").code()).as("the new token works").isEqualTo(200);
        JsonNode mine = http.get("xt.inspector", "/api/identity/tokens").json();
        assertThat(names(mine)).contains("巡查终端");
        assertThat(mine.toString()).as("the token text is shown once only").doesNotContain(token.substring(3));

        assertThat(http.send("xt.inspector", HttpMethod.DELETE, "/api/identity/tokens/" + id, null).code())
                .isEqualTo(204);
        Http.Response refused = bearer(token, "/api/identity/tokens");
        assertThat(refused.code()).isEqualTo(401);
        assertThat(refused.json().get("code").asText()).isEqualTo("identity.web.unauthenticated");
        for (JsonNode t : http.get("xt.inspector", "/api/identity/tokens").json()) {
            if (t.get("id").asLong() == id) {
                assertThat(t.get("revokedAt").isNull()).isFalse();
            }
        }
        assertThat(fixture.auditOutcomes("token.revoke", "user:xt.inspector")).containsKey("SUCCESS");
    }

    @Test
    void badLifetimesAndNamesAre400() {
        assertThat(http.send("wj.leader", HttpMethod.POST, "/api/identity/tokens", Map.of("name", "x", "validDays", 0))
                .json().get("code").asText()).isEqualTo("identity.token.invalid-ttl");
        assertThat(http.send("wj.leader", HttpMethod.POST, "/api/identity/tokens",
                Map.of("name", "x", "validDays", 400)).code()).isEqualTo(400);
        assertThat(http.send("wj.leader", HttpMethod.POST, "/api/identity/tokens",
                Map.of("name", " ", "validDays", 1)).json().get("code").asText()).isEqualTo("identity.token.invalid-name");
        assertThat(http.send("wj.leader", HttpMethod.POST, "/api/identity/tokens",
                Map.of("name", "dated", "expiresAt", "2000-01-01T00:00:00Z")).code()).isEqualTo(400);
    }

    @Test
    void administratorsIssueAndRevokeTokensForSystemAccountsOfTheirScopeOnly() {
        Http.Response issued = http.send("wj.admin", HttpMethod.POST, "/api/identity/users/wj.api/tokens",
                Map.of("name", "交换网关", "validDays", 90));
        assertThat(issued.code()).isEqualTo(201);
        long id = issued.json().get("id").asLong();
        assertThat(bearer(issued.json().get("token").asText(), "/api/identity/tokens").code()).isEqualTo(200);
        assertThat(names(http.get("wj.admin", "/api/identity/users/wj.api/tokens").json())).contains("交换网关");

        Http.Response person = http.send("wj.admin", HttpMethod.POST, "/api/identity/users/wj.dispatcher/tokens",
                Map.of("name", "impersonation", "validDays", 1));
        assertThat(person.code()).isEqualTo(403);
        assertThat(person.json().get("code").asText()).isEqualTo("identity.token.person");
        assertThat(http.send("wj.dispatcher", HttpMethod.POST, "/api/identity/users/wj.api/tokens",
                Map.of("name", "x", "validDays", 1)).code()).as("without USER_MANAGE").isEqualTo(403);

        assertThat(http.get("gs.admin", "/api/identity/users/wj.api/tokens").code()).isEqualTo(404);
        Http.Response foreign = http.send("gs.admin", HttpMethod.DELETE, "/api/identity/tokens/" + id, null);
        assertThat(foreign.code()).as("another province's token").isEqualTo(404);
        assertThat(foreign.json().get("code").asText()).isEqualTo("identity.token.not-found");
        assertThat(http.send("wj.dispatcher", HttpMethod.DELETE, "/api/identity/tokens/" + id, null).code())
                .as("someone else's token, without USER_MANAGE").isEqualTo(403);
        assertThat(bearer(issued.json().get("token").asText(), "/api/identity/tokens").code())
                .as("still valid after the refused revocations").isEqualTo(200);

        assertThat(http.send("wj.admin", HttpMethod.DELETE, "/api/identity/tokens/" + id, null).code()).isEqualTo(204);
        assertThat(bearer(issued.json().get("token").asText(), "/api/identity/tokens").code()).isEqualTo(401);
    }

    private Http.Response bearer(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(HttpMethod.GET, path, new HttpEntity<>(headers));
    }

    private static List<String> names(JsonNode tokens) {
        List<String> names = new ArrayList<>();
        tokens.forEach(t -> names.add(t.get("name").asText()));
        return names;
    }
}
