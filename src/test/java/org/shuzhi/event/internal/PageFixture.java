package org.shuzhi.event.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grids;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the event page tests share: reporting an event in 西塘社区's first grid as {@code xt.inspector} over the
 * REST API, GETting a page as a demo account the way a browser asks, and a grid inspector of 兰州 made on demand.
 */
final class PageFixture {

    static final String PASSWORD = "Shuzhi@Demo2026";
    static final String GRID = "320509104001001";
    static final String LANZHOU_INSPECTOR = "t.lz.inspector";

    private final TestRestTemplate http;
    private final DemoTokens tokens;
    private final Grids grids;

    PageFixture(TestRestTemplate http, DemoTokens tokens, Grids grids) {
        this.http = http;
        this.tokens = tokens;
        this.grids = grids;
    }

    /** A new event reported by {@code xt.inspector} inside grid {@value #GRID}; its id. */
    long report(String title) {
        Point at = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        HttpHeaders headers = tokens.as("xt.inspector");
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> body = Map.of("idempotencyKey", UUID.randomUUID().toString(), "categoryCode", "040101",
                "title", title, "description", title + "，联系人电话 13912345678", "lat", at.getY(), "lng", at.getX());
        ResponseEntity<JsonNode> answer = http.exchange("/api/events", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("report failed: " + answer);
        }
        return answer.getBody().path("id").asLong();
    }

    /** A page as {@code username}'s browser asks for it, in {@code language}. */
    ResponseEntity<String> page(String username, String path, String language) {
        HttpHeaders headers = tokens.as(username);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** A grid inspector of 兰州市, created (once) by the demo administrator of 甘肃. */
    static String lanzhouInspector(Authenticator authenticator, AccountAdministration accounts) {
        synchronized (PageFixture.class) {
            if (authenticator.login(LANZHOU_INSPECTOR, PASSWORD, "127.0.0.1") instanceof LoginResult.Success) {
                return LANZHOU_INSPECTOR;
            }
            LoginResult admin = authenticator.login("gs.admin", PASSWORD, "127.0.0.1");
            Caller actor = ((LoginResult.Success) admin).caller();
            accounts.createUser(actor, new AccountAdministration.NewUser(LANZHOU_INSPECTOR, "兰州测试网格员",
                    Caller.Kind.USER, "6201", null, PASSWORD, Set.of("grid_inspector"), Set.of()));
            return LANZHOU_INSPECTOR;
        }
    }

}
