package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * {@code /api/identity/roles} over real HTTP: custom roles belong to a region, are seen and changed only inside it,
 * never hold more than their editor holds, and are granted only to accounts inside their region.
 */
@IntegrationTest
class RoleApiTest {

    private static final String ROLES = "/api/identity/roles";

    @Autowired
    IdentityFixture fixture;
    @Autowired
    Http http;

    @Test
    void customRolesAreSeenAndChangedOnlyInsideTheirRegion() {
        Http.Response created = http.send("wj.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_desk",
                "nameZh", "统计台", "nameEn", "Stats desk", "permissions", List.of("STATS_READ", "EVENT_REPORT")));
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("regionCode").asText()).as("the creator's region").isEqualTo("320509");
        assertThat(created.json().get("builtIn").asBoolean()).isFalse();

        List<String> listed = codes(http.get("wj.admin", ROLES).json());
        assertThat(listed.subList(0, 10)).as("built-in first").containsExactlyInAnyOrderElementsOf(
                org.shuzhi.identity.Role.BUILT_IN);
        assertThat(listed).contains("t_api_desk");
        assertThat(codes(http.get("js.admin", ROLES).json())).contains("t_api_desk");
        assertThat(codes(http.get("gs.admin", ROLES).json())).contains("dispatcher").doesNotContain("t_api_desk");
        assertThat(codes(http.get("sz.admin", ROLES).json())).as("Suzhou covers Wujiang").contains("t_api_desk");

        for (Http.Response foreign : List.of(http.get("gs.admin", ROLES + "/t_api_desk"),
                http.send("gs.admin", HttpMethod.PUT, ROLES + "/t_api_desk", Map.of("nameZh", "改", "nameEn", "x",
                        "permissions", List.of("STATS_READ"))),
                http.send("gs.admin", HttpMethod.DELETE, ROLES + "/t_api_desk", null))) {
            assertThat(foreign.code()).isEqualTo(404);
            assertThat(foreign.json().get("code").asText()).isEqualTo("identity.role.not-found");
        }

        JsonNode updated = http.send("wj.admin", HttpMethod.PUT, ROLES + "/t_api_desk", Map.of("nameZh", "统计席",
                "nameEn", "Stats seat", "permissions", List.of("STATS_READ"))).json();
        assertThat(updated.get("nameZh").asText()).isEqualTo("统计席");
        assertThat(updated.get("permissions")).extracting(JsonNode::asText).containsExactly("STATS_READ");
        assertThat(http.get("js.admin", ROLES + "/t_api_desk").json().get("nameEn").asText()).isEqualTo("Stats seat");
        assertThat(fixture.auditOutcomes("role.update", "role:t_api_desk")).isEqualTo(Map.of("SUCCESS", 1,
                "DENIED", 1));
    }

    @Test
    void aRoleIsMadeOnlyInsideOnesScopeAndFromPermissionsOneHolds() {
        Http.Response forWujiang = http.send("sz.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_wj_only",
                "nameZh", "吴江专用", "nameEn", "Wujiang only", "permissions", List.of("STATS_READ"),
                "regionCode", "320509"));
        assertThat(forWujiang.json().get("regionCode").asText()).isEqualTo("320509");
        assertThat(codes(http.get("wj.admin", ROLES).json())).contains("t_api_wj_only");
        assertThat(http.send("wj.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_above", "nameZh", "上级",
                "nameEn", "above", "permissions", List.of("STATS_READ"), "regionCode", "3205")).code()).isEqualTo(403);
        assertThat(http.send("gs.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_elsewhere", "nameZh", "外省",
                "nameEn", "elsewhere", "permissions", List.of("STATS_READ"), "regionCode", "32")).code()).isEqualTo(404);

        http.send("wj.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_clerk", "nameZh", "角色文员",
                "nameEn", "Role clerk", "permissions", List.of("ROLE_MANAGE", "USER_READ", "STATS_READ")));
        fixture.createUser("t.api.role.clerk", "320509", null, "t_api_clerk");
        Http.Response tooMuch = http.send("t.api.role.clerk", HttpMethod.POST, ROLES, Map.of("code", "t_api_much",
                "nameZh", "太多", "nameEn", "too much", "permissions", List.of("STATS_READ", "EVENT_DISPATCH")));
        assertThat(tooMuch.code()).isEqualTo(403);
        assertThat(tooMuch.json().get("lackingPermissions")).extracting(JsonNode::asText).containsExactly("event.dispatch");
        assertThat(http.get("wj.admin", ROLES + "/t_api_much").code()).isEqualTo(404);

        assertThat(http.send("wj.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_bad", "nameZh", "坏",
                "nameEn", "bad", "permissions", List.of("NO_SUCH_PERMISSION"))).code()).isEqualTo(400);
        assertThat(http.send("wj.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_empty", "nameZh", "空",
                "nameEn", "empty", "permissions", List.of())).json().get("code").asText()).isEqualTo("identity.role.invalid");
        assertThat(http.send("wj.cg.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_cg", "nameZh", "城管",
                "nameEn", "cg", "permissions", List.of("EVENT_HANDLE"))).code()).as("no ROLE_MANAGE").isEqualTo(403);
    }

    @Test
    void aCustomRoleIsGrantedOnlyInsideItsRegionAndChangedOnlyWhenItsHoldersAreWithinTheEditor() {
        http.send("wj.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_pw_desk", "nameZh", "平望台",
                "nameEn", "Pingwang desk", "permissions", List.of("STATS_READ"), "regionCode", "320509104"));
        fixture.createUser("t.api.pw.holder", "320509104", null, "t_api_pw_desk", "dispatcher");
        fixture.createUser("t.api.wj.nonholder", "320509", null, "leader");
        Http.Response outside = http.send("wj.admin", HttpMethod.PUT, "/api/identity/users/t.api.wj.nonholder/roles",
                Map.of("roles", List.of("leader", "t_api_pw_desk")));
        assertThat(outside.code()).isEqualTo(400);
        assertThat(outside.json().get("code").asText()).isEqualTo("identity.role.outside-region");
        assertThat(http.send("wj.admin", HttpMethod.PUT, "/api/identity/users/t.api.pw.holder",
                Map.of("regionCode", "320509")).json().get("code").asText()).as("nor moved out of it")
                .isEqualTo("identity.role.outside-region");

        http.send("wj.admin", HttpMethod.POST, ROLES, Map.of("code", "t_api_pw_clerk", "nameZh", "平望角色文员",
                "nameEn", "Pingwang role clerk", "permissions", List.of("ROLE_MANAGE", "USER_READ", "STATS_READ")));
        fixture.createUser("t.api.pw.clerk", "320509104", null, "t_api_pw_clerk");
        Http.Response stronger = http.send("t.api.pw.clerk", HttpMethod.PUT, ROLES + "/t_api_pw_desk",
                Map.of("nameZh", "平望台", "nameEn", "Pingwang desk", "permissions", List.of()));
        assertThat(stronger.code()).as("invalid before anything else").isEqualTo(400);
        stronger = http.send("t.api.pw.clerk", HttpMethod.PUT, ROLES + "/t_api_pw_desk",
                Map.of("nameZh", "平望台", "nameEn", "Pingwang desk", "permissions", List.of("USER_READ")));
        assertThat(stronger.code()).as("a holder is a dispatcher, which the clerk is not").isEqualTo(403);
        assertThat(stronger.json().get("code").asText()).isEqualTo("identity.grant.target-exceeds-own");

        Http.Response inUse = http.send("wj.admin", HttpMethod.DELETE, ROLES + "/t_api_pw_desk", null);
        assertThat(inUse.code()).isEqualTo(409);
        assertThat(http.send("wj.admin", HttpMethod.DELETE, ROLES + "/dispatcher", null).json().get("code").asText())
                .isEqualTo("identity.role.built-in");
        http.send("wj.admin", HttpMethod.PUT, "/api/identity/users/t.api.pw.holder/roles",
                Map.of("roles", List.of("dispatcher")));
        assertThat(http.send("wj.admin", HttpMethod.DELETE, ROLES + "/t_api_pw_desk", null).code()).isEqualTo(204);
        assertThat(http.get("wj.admin", ROLES + "/t_api_pw_desk").code()).isEqualTo(404);
        assertThat(fixture.auditOutcomes("role.delete", "role:t_api_pw_desk")).containsKey("SUCCESS");
    }

    private static List<String> codes(JsonNode roles) {
        List<String> codes = new ArrayList<>();
        roles.forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }
}
