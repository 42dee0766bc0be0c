package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/identity/departments}: the departments of one's scope, one's own when department-narrowed; and the
 * OpenAPI description of the identity API.
 */
@IntegrationTest
class DepartmentApiTest {

    @Autowired
    IdentityFixture fixture;
    @Autowired
    Http http;

    @Test
    void departmentsOfOnesScopeOnly() {
        assertThat(codes(http.get("wj.admin", "/api/identity/departments").json()))
                .contains("320509-cg", "320509-ga", "320509104-cg").allMatch(c -> c.startsWith("320509"));
        assertThat(codes(http.get("wj.admin", "/api/identity/departments?region=320509104").json()))
                .isNotEmpty().allMatch(c -> c.startsWith("320509104-"));
        JsonNode one = http.get("wj.admin", "/api/identity/departments/320509-cg").json();
        assertThat(one.get("kind").asText()).isEqualTo("URBAN_MANAGEMENT");
        assertThat(one.get("regionCode").asText()).isEqualTo("320509");

        assertThat(http.get("gs.admin", "/api/identity/departments/320509-cg").code()).isEqualTo(404);
        assertThat(codes(http.get("gs.admin", "/api/identity/departments").json())).containsExactly("6201-cg");
        assertThat(http.get("wj.admin", "/api/identity/departments/3205-dsj").code()).as("above Wujiang").isEqualTo(404);
        assertThat(codes(http.get("wj.cg.admin", "/api/identity/departments").json())).containsExactly("320509-cg");
        assertThat(http.get("wj.cg.admin", "/api/identity/departments/320509-ga").code()).isEqualTo(404);
        assertThat(http.get("wj.analyst", "/api/identity/departments").code()).isEqualTo(403);
    }

    @Test
    void theIdentityApiIsDescribedWithItsProblems() {
        JsonNode paths = http.get("wj.admin", "/v3/api-docs").json().get("paths");
        for (String path : List.of("/api/identity/users", "/api/identity/users/{username}", "/api/identity/roles",
                "/api/identity/roles/{code}", "/api/identity/departments/{code}", "/api/identity/tokens",
                "/api/identity/tokens/{id}", "/api/identity/users/{username}/tokens")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        JsonNode get = paths.get("/api/identity/users/{username}").get("get");
        assertThat(get.get("responses").has("404")).isTrue();
        assertThat(get.get("responses").get("404").get("content").has("application/problem+json")).isTrue();
        assertThat(paths.get("/api/identity/roles").get("post").get("responses").has("403")).isTrue();
    }

    private static List<String> codes(JsonNode departments) {
        List<String> codes = new ArrayList<>();
        departments.forEach(d -> codes.add(d.get("code").asText()));
        return codes;
    }
}
