package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bearer-token callers are cached ({@link TokenCallers}), yet a revocation, a disabled account or changed roles
 * take effect with the very next request on this instance.
 */
@IntegrationTest
class TokenCacheTest {

    @Autowired
    IdentityFixture fixture;
    @Autowired
    Http http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCallerIsCachedSoAChangeBehindTheServicesBackIsSeenOnlyAfterTheTtl() {
        fixture.createUser("t.cache.quiet", "320509", null, "leader");
        String token = fixture.token("t.cache.quiet");
        assertThat(bearer(token, "/api/identity/tokens").code()).isEqualTo(200);
        // another instance revoking it: this instance keeps the cached caller for at most the TTL
        jdbc.sql("update identity.api_token set revoked_at = now() where token_hash = :hash")
                .param("hash", TokenService.sha256(token)).update();
        assertThat(bearer(token, "/api/identity/tokens").code()).as("answered from the cache").isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefusedImmediatelyEvenAfterBeingCached() {
        fixture.createUser("t.cache.revoke", "320509", null, "leader");
        Http.Response issued = http.send("t.cache.revoke", HttpMethod.POST, "/api/identity/tokens",
                Map.of("name", "cached", "validDays", 1));
        String token = issued.json().get("token").asText();
        for (int i = 0; i < 3; i++) {
            assertThat(bearer(token, "/api/identity/tokens").code()).isEqualTo(200);
        }
        assertThat(http.send("t.cache.revoke", HttpMethod.DELETE,
                "/api/identity/tokens/" + issued.json().get("id").asLong(), null).code()).isEqualTo(204);
        assertThat(bearer(token, "/api/identity/tokens").code()).isEqualTo(401);
    }

    @Test
    void disablingAnAccountRefusesItsCachedTokenAtOnceAndEnablingRestoresIt() {
        fixture.createUser("t.cache.disable", "320509", null, "leader");
        String token = fixture.token("t.cache.disable");
        assertThat(bearer(token, "/api/identity/tokens").code()).isEqualTo(200);
        assertThat(http.send("js.admin", HttpMethod.POST, "/api/identity/users/t.cache.disable/disable", null).code())
                .isEqualTo(200);
        assertThat(bearer(token, "/api/identity/tokens").code()).isEqualTo(401);
        assertThat(http.send("js.admin", HttpMethod.POST, "/api/identity/users/t.cache.disable/enable", null).code())
                .isEqualTo(200);
        assertThat(bearer(token, "/api/identity/tokens").code()).isEqualTo(200);
    }

    @Test
    void takingARoleAwayTakesItsPermissionsAwayFromACachedToken() {
        fixture.createUser("t.cache.roles", "320509", null, "platform_admin");
        String token = fixture.token("t.cache.roles");
        assertThat(bearer(token, "/api/identity/roles").code()).as("USER_READ").isEqualTo(200);
        assertThat(http.send("js.admin", HttpMethod.PUT, "/api/identity/users/t.cache.roles/roles",
                Map.of("roles", Set.of("leader"))).code()).isEqualTo(200);
        assertThat(bearer(token, "/api/identity/roles").code()).as("no USER_READ any more").isEqualTo(403);
    }

    private Http.Response bearer(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(HttpMethod.GET, path, new HttpEntity<>(headers));
    }
}
