package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The administration and token pages over HTTP, as a browser would ask for them (HTML, form posts): the same
 * scope and granting rule as the API, refused forms answered with their 4xx and nothing written, the token text
 * shown once.
 */
@IntegrationTest
class AdminPagesTest {

    private static final Pattern TOKEN = Pattern.compile("id=\"issued-token\">(sz_[A-Za-z0-9_-]+)<");

    @Autowired
    IdentityFixture fixture;
    @Autowired
    Http http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherCountysAccountIsNotFoundOnThePagesEither() {
        fixture.createUser("t.page.wj", "320509", null, "leader");
        assertThat(page("gs.admin", "/admin/users/t.page.wj").code()).isEqualTo(404);
        for (String action : List.of("", "/roles", "/disable", "/enable", "/password")) {
            Http.Response answer = form("gs.admin", "/admin/users/t.page.wj" + action, "displayName", "taken over",
                    "roles", "dispatcher", "password", "Taken-Over-2026");
            assertThat(answer.code()).as(action).isEqualTo(404);
        }
        assertThat(http.get("wj.admin", "/api/identity/users/t.page.wj").json().get("displayName").asText())
                .isEqualTo("t.page.wj");
        assertThat(page("gs.admin", "/admin/users?q=t.page").body()).doesNotContain("t.page.wj");
        assertThat(page("wj.analyst", "/admin/users").code()).as("no USER_READ").isEqualTo(403);
    }

    @Test
    void aRefusedFormIsShownAgainWithTheReasonAndItsStatus() {
        Http.Response refused = form("wj.admin", "/admin/users", "username", "t.page.bad", "regionCode", "320509",
                "password", "Valid-Secret-2026", "mobile", "0512-6666", "roles", "leader");
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"problem\"", "手机号码无效", "value=\"t.page.bad\"");
        assertThat(jdbc.sql("select count(*) from identity.users where username = 't.page.bad'").query(Integer.class)
                .single()).isZero();

        Http.Response created = form("wj.admin", "/admin/users", "username", "t.page.ok", "regionCode", "320509",
                "password", "Valid-Secret-2026", "roles", "leader");
        assertThat(created.code()).isEqualTo(302);
        assertThat(created.headers().getLocation().getPath()).isEqualTo("/admin/users/t.page.ok");
        Http.Response disabled = form("wj.admin", "/admin/users/t.page.ok/disable");
        assertThat(disabled.headers().getLocation().toString()).endsWith("/admin/users/t.page.ok?done=disabled");
        assertThat(page("wj.admin", "/admin/users/t.page.ok?done=disabled").body()).contains("账号已停用。",
                "id=\"enable-user\"");
        Http.Response overGrant = form("wj.cg.admin", "/admin/users/wj.cg.handler/roles", "roles", "dispatcher");
        assertThat(overGrant.code()).isEqualTo(403);
        assertThat(overGrant.body()).contains("不能授予您自己没有的权限");
    }

    @Test
    void theRolesPageOffersOnlyThePermissionsTheAdministratorHolds() {
        http.send("wj.admin", HttpMethod.POST, "/api/identity/roles", java.util.Map.of("code", "t_page_clerk",
                "nameZh", "页面角色文员", "nameEn", "Page role clerk",
                "permissions", List.of("ROLE_MANAGE", "USER_READ", "STATS_READ")));
        fixture.createUser("t.page.clerk", "320509", null, "t_page_clerk");
        String offered = page("t.page.clerk", "/admin/roles").body();
        assertThat(offered).contains("id=\"perm-STATS_READ\"", "id=\"perm-ROLE_MANAGE\"")
                .doesNotContain("id=\"perm-EVENT_DISPATCH\"", "id=\"perm-USER_MANAGE\"");

        Http.Response created = form("t.page.clerk", "/admin/roles", "code", "t_page_stats", "nameZh", "统计",
                "nameEn", "Stats", "permissions", "STATS_READ");
        assertThat(created.code()).isEqualTo(302);
        assertThat(page("t.page.clerk", "/admin/roles").body()).contains("id=\"role-t_page_stats\"");
        Http.Response tooMuch = form("t.page.clerk", "/admin/roles", "code", "t_page_much", "nameZh", "多",
                "nameEn", "Much", "permissions", "EVENT_DISPATCH");
        assertThat(tooMuch.code()).isEqualTo(403);
        assertThat(form("gs.admin", "/admin/roles/t_page_stats/delete").code()).isEqualTo(404);
        assertThat(form("t.page.clerk", "/admin/roles/t_page_stats/delete").code()).isEqualTo(302);
    }

    @Test
    void theTokenPageShowsANewTokenOnceAndRevokesIt() {
        Http.Response issued = form("wj.leader", "/account/tokens", "name", "页面令牌", "days", "7");
        assertThat(issued.code()).isEqualTo(200);
        assertThat(issued.headers().getCacheControl()).isEqualTo("no-store");
        Matcher token = TOKEN.matcher(issued.body());
        assertThat(token.find()).as("the token is on the answer").isTrue();

        String listed = page("wj.leader", "/account/tokens").body();
        assertThat(listed).contains("页面令牌").doesNotContain(token.group(1));
        long id = jdbc.sql("select id from identity.api_token where name = '页面令牌'").query(Long.class).single();
        assertThat(form("gs.admin", "/account/tokens/" + id + "/revoke").code()).isEqualTo(404);
        assertThat(form("wj.leader", "/account/tokens/" + id + "/revoke").code()).isEqualTo(302);

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token.group(1));
        assertThat(http.exchange(HttpMethod.GET, "/api/identity/tokens", new HttpEntity<>(headers)).code())
                .isEqualTo(401);
    }

    @Test
    void everyPageSpeaksChineseAndEnglishWithoutAMissingMessage() {
        fixture.createUser("t.page.lang", "320509", null, "leader");
        for (String path : List.of("/admin/users", "/admin/users/new", "/admin/users/t.page.lang", "/admin/roles",
                "/account/tokens")) {
            String zh = page("wj.admin", path).body();
            assertThat(zh).as(path).contains("用户管理").doesNotContain("??");
            HttpHeaders english = headers("wj.admin");
            english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
            String en = http.exchange(HttpMethod.GET, path, new HttpEntity<>(english)).body();
            assertThat(en).as(path).contains(">Users<").doesNotContain("??", "用户管理");
        }
        assertThat(page("wj.admin", "/admin/roles").body()).as("every permission is named")
                .contains("事件派遣", "查看敏感个人信息", "接口客户端");
    }

    private Http.Response page(String username, String path) {
        return http.exchange(HttpMethod.GET, path, new HttpEntity<>(headers(username)));
    }

    /** Posts a form as {@code username}: name, value, name, value … */
    private Http.Response form(String username, String path, String... fields) {
        HttpHeaders headers = headers(username);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.add(fields[i], fields[i + 1]);
        }
        return http.exchange(HttpMethod.POST, path, new HttpEntity<>(form, headers));
    }

    private HttpHeaders headers(String username) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        headers.setBearerAuth(http.token(username));
        return headers;
    }
}
