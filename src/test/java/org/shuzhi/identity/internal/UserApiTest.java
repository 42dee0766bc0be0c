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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /api/identity/users} over real HTTP, each call as a demo account with its own token: every operation,
 * the granting rule (404 outside one's scope, 403 for more than one holds), department narrowing and validation
 * that writes nothing.
 */
@IntegrationTest
class UserApiTest {

    private static final String USERS = "/api/identity/users";

    @Autowired
    IdentityFixture fixture;
    @Autowired
    Http http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheAccountsOfOnesScopeByUsernamePagedAndFiltered() {
        JsonNode first = http.get("wj.admin", USERS + "?size=5").json();
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(16);
        assertThat(usernames(first)).hasSize(5).isSorted();
        assertThat(regions(first)).allMatch(r -> r.startsWith("320509"));
        JsonNode second = http.get("wj.admin", USERS + "?size=5&page=1").json();
        assertThat(usernames(second)).hasSize(5).doesNotContainAnyElementsOf(usernames(first));

        assertThat(regions(http.get("wj.admin", USERS + "?region=320509104&size=200").json()))
                .isNotEmpty().allMatch(r -> r.startsWith("320509104"));
        assertThat(usernames(http.get("wj.admin", USERS + "?role=dispatcher&size=200").json()))
                .contains("wj.dispatcher", "pw.dispatcher", "xt.dispatcher").doesNotContain("lz.dispatcher");
        assertThat(usernames(http.get("wj.admin", USERS + "?department=320509-cg").json()))
                .contains("wj.cg.admin", "wj.cg.handler").doesNotContain("wj.ga.handler");
        JsonNode named = http.get("wj.admin", USERS + "?q=%E5%B9%B3%E6%9C%9B&size=200").json();
        assertThat(usernames(named)).as("平望 in the name").contains("pw.admin", "pw.leader");
        assertThat(named.get("users")).allSatisfy(u -> assertThat(u.get("displayName").asText()).contains("平望"));

        JsonNode elsewhere = http.get("wj.admin", USERS + "?region=62").json();
        assertThat(elsewhere.get("total").asLong()).as("a filter narrows, never widens").isZero();
        assertThat(http.get("wj.admin", USERS + "?size=500").code()).isEqualTo(400);
        assertThat(http.get("wj.admin", USERS + "?region=abc").json().get("code").asText())
                .isEqualTo("identity.region.invalid");
    }

    @Test
    void anotherCountysAccountIsNotFoundForReadsAndEveryWrite() {
        fixture.createUser("t.api.wj.target", "320509", null, "analyst");
        fixture.createUser("t.api.gs.target", "6201", null, "dispatcher");

        assertNotFoundEverywhere("gs.admin", "t.api.wj.target");
        assertNotFoundEverywhere("wj.admin", "t.api.gs.target");
        assertNotFoundEverywhere("wj.admin", "sz.leader");

        assertThat(usernames(http.get("gs.admin", USERS + "?size=200").json())).isNotEmpty()
                .noneMatch(u -> u.startsWith("wj.") || u.startsWith("js.") || u.equals("t.api.wj.target"));
        JsonNode untouched = http.get("wj.admin", USERS + "/t.api.wj.target").json();
        assertThat(untouched.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(untouched.get("displayName").asText()).isEqualTo("t.api.wj.target");
        assertThat(untouched.get("roles")).extracting(JsonNode::asText).containsExactly("analyst");
        assertThat(fixture.auditOutcomes("user.disable", "user:t.api.wj.target")).isEqualTo(Map.of("DENIED", 1));
    }

    private void assertNotFoundEverywhere(String admin, String username) {
        String user = USERS + "/" + username;
        List<Http.Response> answers = List.of(
                http.get(admin, user),
                http.send(admin, HttpMethod.PUT, user, Map.of("displayName", "taken over")),
                http.send(admin, HttpMethod.POST, user + "/disable", null),
                http.send(admin, HttpMethod.POST, user + "/enable", null),
                http.send(admin, HttpMethod.POST, user + "/password", Map.of("password", "Taken-Over-2026")),
                http.send(admin, HttpMethod.PUT, user + "/roles", Map.of("roles", List.of("leader"))),
                http.send(admin, HttpMethod.PUT, user + "/grids", Map.of("grids", List.of())),
                http.send(admin, HttpMethod.PUT, user + "/department", Map.of("departmentCode", "")),
                http.get(admin, user + "/tokens"),
                http.send(admin, HttpMethod.POST, user + "/tokens", Map.of("name", "x", "validDays", 1)));
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.code()).as(answer.body()).isEqualTo(404);
            assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asText()).isEqualTo("identity.user.not-found");
        });
    }

    @Test
    void anAdministratorCreatesChangesAndDisablesAnAccountOfItsScope() {
        Http.Response created = http.send("wj.admin", HttpMethod.POST, USERS, """
                {"username": "T.Api.Clerk", "displayName": "平望镇文员", "regionCode": "320509104",
                 "departmentCode": "320509104-mz", "password": "Clerk-Secret-2026", "roles": ["leader"],
                 "mobile": "+86 139-0512-7788", "idNumber": "32050919900307126x"}""");
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().getLocation().getPath()).isEqualTo(USERS + "/t.api.clerk");
        assertThat(created.json().get("kind").asText()).isEqualTo("USER");
        assertThat(jdbc.sql("select mobile || ' ' || id_number from identity.users where username = 't.api.clerk'")
                .query(String.class).single()).as("stored normalised").isEqualTo("13905127788 32050919900307126X");

        JsonNode moved = http.send("wj.admin", HttpMethod.PUT, USERS + "/t.api.clerk",
                Map.of("displayName", "平望镇文书", "regionCode", "320509104001")).json();
        assertThat(moved.get("regionCode").asText()).isEqualTo("320509104001");
        assertThat(moved.get("departmentCode").asText()).as("omitted fields stay").isEqualTo("320509104-mz");
        assertThat(moved.get("mobile").asText()).isEqualTo("13905127788");
        JsonNode cleared = http.send("wj.admin", HttpMethod.PUT, USERS + "/t.api.clerk/department",
                Map.of("departmentCode", "")).json();
        assertThat(cleared.get("departmentCode").isNull()).isTrue();
        assertThat(http.send("wj.admin", HttpMethod.PUT, USERS + "/t.api.clerk", Map.of("mobile", "")).json()
                .get("mobile").isNull()).as("an empty value clears").isTrue();

        assertThat(http.send("wj.admin", HttpMethod.PUT, USERS + "/t.api.clerk/roles",
                Map.of("roles", List.of("grid_inspector", "leader"))).json().get("roles"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("grid_inspector", "leader");
        assertThat(http.send("wj.admin", HttpMethod.PUT, USERS + "/t.api.clerk/grids",
                Map.of("grids", List.of("320509104001002"))).json().get("gridCodes"))
                .extracting(JsonNode::asText).containsExactly("320509104001002");

        assertThat(http.send("wj.admin", HttpMethod.POST, USERS + "/t.api.clerk/disable", null).json()
                .get("status").asText()).isEqualTo("DISABLED");
        assertThat(http.send("wj.admin", HttpMethod.POST, USERS + "/t.api.clerk/enable", null).json()
                .get("status").asText()).isEqualTo("ACTIVE");
        assertThat(http.send("wj.admin", HttpMethod.POST, USERS + "/t.api.clerk/password",
                Map.of("password", "Another-Secret-2026")).code()).isEqualTo(204);

        for (String action : List.of("user.create", "user.update", "user.roles", "user.grids", "user.disable",
                "user.enable", "user.password")) {
            assertThat(fixture.auditOutcomes(action, "user:t.api.clerk")).as(action).containsKey("SUCCESS");
        }
        assertThat(jdbc.sql("select count(*) from audit.record where target = 'user:t.api.clerk' and details like '%1390512%'")
                .query(Integer.class).single()).as("personal values stay out of the audit log").isZero();
        assertThat(http.send("wj.admin", HttpMethod.POST, USERS + "/wj.admin/disable", null).json().get("code")
                .asText()).isEqualTo("identity.user.self-disable");
    }

    @Test
    void grantingOrTouchingMoreThanOneHoldsIsForbiddenAndWritesNothing() {
        Http.Response overGrant = http.send("wj.cg.admin", HttpMethod.POST, USERS, Map.of("username", "t.api.over",
                "regionCode", "320509", "departmentCode", "320509-cg", "password", "Over-Grant-2026",
                "roles", List.of("department_handler", "dispatcher")));
        assertThat(overGrant.code()).isEqualTo(403);
        assertThat(overGrant.json().get("code").asText()).isEqualTo("identity.grant.exceeds-own");
        assertThat(overGrant.json().get("lackingPermissions")).extracting(JsonNode::asText)
                .contains("event.dispatch", "event.supervise");
        assertThat(count("t.api.over")).isZero();

        fixture.createUser("t.api.cg.handler", "320509", "320509-cg", "department_handler");
        Http.Response addAnalyst = http.send("wj.cg.admin", HttpMethod.PUT, USERS + "/t.api.cg.handler/roles",
                Map.of("roles", List.of("department_handler", "analyst")));
        assertThat(addAnalyst.code()).as("analyst sees the cockpit, which the department admin does not").isEqualTo(403);
        assertThat(http.get("wj.admin", USERS + "/t.api.cg.handler").json().get("roles"))
                .extracting(JsonNode::asText).containsExactly("department_handler");

        fixture.createUser("t.api.cg.boss", "320509", "320509-cg", "department_data_admin", "dispatcher");
        Http.Response takeover = http.send("wj.cg.admin", HttpMethod.POST, USERS + "/t.api.cg.boss/password",
                Map.of("password", "Taken-Over-2026"));
        assertThat(takeover.code()).isEqualTo(403);
        assertThat(takeover.json().get("code").asText()).isEqualTo("identity.grant.target-exceeds-own");

        Http.Response above = http.send("wj.admin", HttpMethod.POST, USERS, Map.of("username", "t.api.above",
                "regionCode", "3205", "password", "Above-Region-2026"));
        assertThat(above.code()).isEqualTo(403);
        assertThat(above.json().get("code").asText()).isEqualTo("identity.grant.region-above-own");
        assertThat(http.send("wj.analyst", HttpMethod.POST, USERS, Map.of("username", "t.api.by.analyst",
                "regionCode", "320509", "password", "Analyst-Made-2026")).code()).isEqualTo(403);
        assertThat(http.get("wj.analyst", USERS).code()).as("no USER_READ").isEqualTo(403);
        assertThat(count("t.api.above") + count("t.api.by.analyst")).isZero();
    }

    @Test
    void aDepartmentAdministratorSeesAndChangesOnlyItsOwnDepartment() {
        JsonNode listed = http.get("wj.cg.admin", USERS + "?size=200").json();
        assertThat(listed.get("users")).isNotEmpty()
                .allSatisfy(u -> assertThat(u.get("departmentCode").asText()).isEqualTo("320509-cg"));
        assertThat(usernames(http.get("wj.cg.admin", USERS + "?department=320509-ga").json())).isEmpty();
        assertThat(http.get("wj.cg.admin", USERS + "/wj.ga.handler").code()).isEqualTo(404);
        assertThat(http.get("wj.cg.admin", USERS + "/wj.dispatcher").code()).as("no department").isEqualTo(404);

        fixture.createUser("t.api.cg.mover", "320509", "320509-cg", "department_handler");
        Http.Response moved = http.send("wj.cg.admin", HttpMethod.PUT, USERS + "/t.api.cg.mover/department",
                Map.of("departmentCode", "320509-ga"));
        assertThat(moved.code()).isEqualTo(404);
        assertThat(moved.json().get("code").asText()).isEqualTo("identity.department.not-found");
        assertThat(http.get("wj.admin", USERS + "/t.api.cg.mover").json().get("departmentCode").asText())
                .isEqualTo("320509-cg");
    }

    @Test
    void badInputIsA400ProblemAndWritesNothing() {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        problems.put("""
                {"username": "t.api.bad1", "regionCode": "320509", "password": "Valid-Secret-2026", "mobile": "12345"}""",
                "identity.user.invalid-mobile");
        problems.put("""
                {"username": "t.api.bad2", "regionCode": "320509", "password": "Valid-Secret-2026",
                 "idNumber": "320509199003071231"}""", "identity.user.invalid-id-number");
        problems.put("""
                {"username": "x", "regionCode": "320509", "password": "Valid-Secret-2026"}""",
                "identity.user.invalid-username");
        problems.put("""
                {"username": "t.api.bad3", "regionCode": "320509", "password": "short"}""", "identity.password.weak");
        problems.put("""
                {"username": "t.api.bad4", "regionCode": "320509", "password": "Valid-Secret-2026",
                 "roles": ["no_such_role"]}""", "identity.role.unknown");
        problems.put("""
                {"username": "t.api.bad5", "regionCode": "320509", "password": "Valid-Secret-2026",
                 "gridCodes": ["620102001001001"]}""", "identity.grid.outside-region");
        for (Map.Entry<String, String> bad : problems.entrySet()) {
            Http.Response answer = http.send("wj.admin", HttpMethod.POST, USERS, bad.getKey());
            assertThat(answer.code()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.json().get("code").asText()).isEqualTo(bad.getValue());
            assertThat(answer.json().get("detail").asText()).doesNotContain("12345", "320509199003071231");
        }
        assertThat(http.send("wj.admin", HttpMethod.POST, USERS, "{not json").code()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from identity.users where username like 't.api.bad%' or username = 'x'")
                .query(Integer.class).single()).isZero();

        fixture.createUser("t.api.keeps", "320509", null, "leader");
        http.send("wj.admin", HttpMethod.PUT, USERS + "/t.api.keeps", Map.of("mobile", "13905120999"));
        Http.Response refused = http.send("wj.admin", HttpMethod.PUT, USERS + "/t.api.keeps",
                Map.of("displayName", "改了名", "mobile", "0512-1234"));
        assertThat(refused.code()).isEqualTo(400);
        JsonNode kept = http.get("wj.admin", USERS + "/t.api.keeps").json();
        assertThat(kept.get("mobile").asText()).isEqualTo("13905120999");
        assertThat(kept.get("displayName").asText()).as("nothing half-written").isEqualTo("t.api.keeps");
    }

    private long count(String username) {
        return jdbc.sql("select count(*) from identity.users where username = :u").param("u", username)
                .query(Long.class).single();
    }

    private static List<String> usernames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("users").forEach(u -> names.add(u.get("username").asText()));
        return names;
    }

    private static List<String> regions(JsonNode page) {
        List<String> regions = new ArrayList<>();
        page.get("users").forEach(u -> regions.add(u.get("regionCode").asText()));
        return regions;
    }
}
